import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { certificatePdf } from '../../src/credentials/certificatePdf'
import { decodeQr, openPdf, renderFirstPage } from '../helpers/pdf'

/** The layout alone (no server): what the longest real certificates need still fits one A4 page. */
describe('the certificate PDF layout', () => {
  it('renders a typical certificate (saved for the look-and-feel review)', async () => {
    const url = 'https://drakentemmers.example/certificaat/DT-EMDR-2026-014?ronde=0'
    const bytes = await certificatePdf({
      number: 'DT-EMDR-2026-014',
      holderName: 'Anna de Vriës-Özdemir',
      trainingTitle: 'EMDR bij kinderen na huiselijk geweld',
      method: 'EMDR',
      requirements: ['Trainingsdagen (6)', 'Casusverslag', 'Drie casussen onder supervisie', 'Eindtoetsing'],
      issuedAt: '2026-12-04T12:00:00.000Z',
      validUntil: '2031-12-04T12:00:00.000Z',
      verificationUrl: url,
    })
    const page = await renderFirstPage(bytes)
    expect(decodeQr(page)).toBe(url)
    // docs/look-and-feel/certificate-pdf.png is a copy of this file.
    const out = path.resolve('test-results/look-and-feel')
    mkdirSync(out, { recursive: true })
    writeFileSync(path.join(out, 'certificate-pdf.png'), page.png)
  })

  it('keeps a long name, a long title and eight steps on one page, the QR code still readable', async () => {
    const requirements = [
      'Trainingsdagen',
      'Casusverslag',
      'Supervisie: 10 casussen',
      'Supervisie-uren',
      'E-learning traumasensitief werken',
      'Eindtoetsing',
      'Supervisie-intervisie met verslaglegging van drie casussen',
      'Literatuuropdracht',
    ]
    const url = 'https://drakentemmers.example/certificaat/DT-2026-00042?ronde=2'
    const bytes = await certificatePdf({
      number: 'DT-2026-00042',
      holderName: 'Maria Josephina Alexandra van den Heuvel-Özdemir Çelik',
      trainingTitle:
        'Traumagerichte behandeling van kinderen en jongeren na huiselijk geweld en kindermishandeling: verdiepingsopleiding',
      method: 'EMDR',
      requirements,
      issuedAt: '2026-12-04T12:00:00.000Z',
      validUntil: '2031-12-04T12:00:00.000Z',
      verificationUrl: url,
    })
    const { pages, text } = await openPdf(bytes)
    expect(pages).toHaveLength(1)
    // Wrapped lines come out of pdf.js with a line break where the wrap was.
    const flat = text.replace(/\s+/g, ' ')
    for (const step of requirements) expect(flat).toContain(step)
    expect(flat).toContain('Heuvel-Özdemir Çelik')
    expect(decodeQr(await renderFirstPage(bytes))).toBe(url)
  })
})
