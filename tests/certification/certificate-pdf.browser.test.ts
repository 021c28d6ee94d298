import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createTraining } from './setup'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { decodeQr, openPdf, renderFirstPage } from '../helpers/pdf'
import { type WebServer, startWebServer } from '../helpers/webServer'

/**
 * The certificate as a PDF, downloaded from the running server and read as a verifier's viewer
 * would: text and metadata with pdf.js (not pdfkit, which wrote it), the QR code decoded with jsQR
 * from page 1 rendered to pixels.
 */
let payload: Payload
let web: WebServer
const email = { holder: uniqueEmail('houder'), other: uniqueEmail('ander'), staff: uniqueEmail('staf') }
const number = `DT-PDF-${Date.now()}`
const holderName = 'Anna de Vriës-Özdemir'
// Noon UTC: the same calendar day in Amsterdam, whatever the season.
const issuedAt = '2026-12-04T12:00:00.000Z'
const validUntil = '2031-12-04T12:00:00.000Z'
let certificateId = ''
let trainingTitle = ''

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const holder = await createUser(payload, ['therapist'], { email: email.holder })
  const memberId = String((await createMember(payload, String(holder.id), region, 'active')).id)
  const other = await createUser(payload, ['therapist'], { email: email.other })
  await createMember(payload, String(other.id), region, 'active')
  await createUser(payload, ['admin'], { email: email.staff })
  const trainer = await createUser(payload, ['trainer'])
  const method = await payload.create({
    collection: 'expertise',
    data: { name: `EMDR ${Math.random().toString(36).slice(2, 7)}`, kind: 'method' },
    overrideAccess: true,
  })
  const training = await createTraining(
    payload,
    [String(trainer.id)],
    [
      { kind: 'sessions', title: 'Trainingsdagen', target: 6 },
      { kind: 'assignment', title: 'Casusverslag' },
      { kind: 'supervised-cases', title: 'Casussen onder supervisie', target: 3 },
    ] as never,
    { method: String(method.id) },
  )
  trainingTitle = training.title
  const certificate = await payload.create({
    collection: 'certificates',
    data: { number, member: memberId, holderName, training: training.id, issuedAt, validUntil, status: 'valid' },
    overrideAccess: true,
  })
  certificateId = String(certificate.id)
  web = await startWebServer()
}, 180_000)

afterAll(async () => {
  await web?.stop()
  await dropTestDatabase(payload)
})

async function login(address: string) {
  const response = await fetch(`${web.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: address, password: 'test-wachtwoord-123' }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const download = async (token?: string) =>
  fetch(`${web.url}/api/certificates/${certificateId}/pdf`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })

describe('the PDF of a certificate', () => {
  let bytes: Uint8Array

  beforeAll(async () => {
    const response = await download(await login(email.holder))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${number}.pdf"`)
    bytes = new Uint8Array(await response.arrayBuffer())
  }, 60_000)

  it('states holder, training, number, the steps met and the dates in Dutch, in text a viewer can copy', async () => {
    const { text, info, pages } = await openPdf(bytes)
    expect(pages).toHaveLength(1)
    expect(text).toContain(holderName)
    expect(text).toContain(number)
    expect(text).toContain(trainingTitle)
    expect(text).toContain('Methode: EMDR')
    for (const step of ['Trainingsdagen', 'Casusverslag', 'Casussen onder supervisie']) expect(text).toContain(step)
    expect(text).toMatch(/UITGEGEVEN OP\s*4 december 2026/)
    expect(text).toMatch(/GELDIG TOT\s*4 december 2031/)
    expect(text).toContain(`${web.url}/certificaat/${number}?ronde=0`)
    expect(info.Title).toBe(`Certificaat ${number} — ${holderName}`)
    expect(info.Author).toBe('Drakentemmers')
  })

  it('is A4 and its QR code, read from the rendered page, is the verification URL of round 0', async () => {
    const page = await renderFirstPage(bytes)
    expect([Math.round(page.pageWidthPt), Math.round(page.pageHeightPt)]).toEqual([595, 842])
    expect(decodeQr(page)).toBe(`${web.url}/certificaat/${number}?ronde=0`)
  })
})

describe('who gets the PDF', () => {
  it('asks a visitor to log in, refuses another therapist and gives it to staff', async () => {
    const anonymous = await download()
    expect(anonymous.status).toBe(401)
    await expect(anonymous.json()).resolves.toEqual({ message: 'Log in om je certificaat als PDF te downloaden.' })
    const other = await download(await login(email.other))
    expect(other.status).toBe(403)
    await expect(other.json()).resolves.toEqual({
      message: 'Alleen de houder van dit certificaat kan de PDF downloaden.',
    })
    const staff = await download(await login(email.staff))
    expect(staff.status).toBe(200)
    expect(staff.headers.get('content-type')).toBe('application/pdf')
  })

  it('answers 404 for a certificate that does not exist', async () => {
    const response = await fetch(`${web.url}/api/certificates/000000000000000000000000/pdf`, {
      headers: { authorization: `JWT ${await login(email.holder)}` },
    })
    expect(response.status).toBe(404)
    await expect(response.json()).resolves.toEqual({ message: 'Dit certificaat bestaat niet.' })
  })

  it('is no longer made once staff revoke the certificate', async () => {
    const staff = (await payload.find({ collection: 'users', where: { email: { equals: email.staff } } })).docs[0]!
    await payload.update({
      collection: 'certificates',
      id: certificateId,
      data: { status: 'revoked', revocation: { reason: 'Uitgegeven op een verkeerde naam.' } },
      overrideAccess: false,
      user: staff,
    })
    const refused = await download(await login(email.holder))
    expect(refused.status).toBe(409)
    await expect(refused.json()).resolves.toEqual({
      message: 'Dit certificaat is ingetrokken; er wordt geen PDF meer van gemaakt.',
    })
  })
})
