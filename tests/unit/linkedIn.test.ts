import { describe, expect, it } from '@jest/globals'
import { linkedInAddCertificationUrl } from '../../src/domain/linkedIn'

describe("LinkedIn's add-certification link", () => {
  const link = (issuedAt: string, validUntil?: string) =>
    new URL(
      linkedInAddCertificationUrl({
        name: 'EMDR bij kinderen & jongeren',
        organizationName: 'Drakentemmers',
        issuedAt,
        validUntil,
        certUrl: 'https://drakentemmers.example/certificaat/DT-2026-00042?ronde=0',
        certId: 'DT-2026-00042',
      }),
    )

  it('carries name, issuer, issue and expiry month, verification URL and number', () => {
    const url = link('2026-03-10T12:00:00.000Z', '2031-03-10T12:00:00.000Z')
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'EMDR bij kinderen & jongeren',
      organizationName: 'Drakentemmers',
      issueYear: '2026',
      issueMonth: '3',
      expirationYear: '2031',
      expirationMonth: '3',
      certUrl: 'https://drakentemmers.example/certificaat/DT-2026-00042?ronde=0',
      certId: 'DT-2026-00042',
    })
  })

  it('takes the month in Dutch time: late on 31 December UTC is already January', () => {
    const url = link('2026-12-31T23:30:00.000Z')
    expect([url.searchParams.get('issueYear'), url.searchParams.get('issueMonth')]).toEqual(['2027', '1'])
    expect(url.searchParams.has('expirationYear')).toBe(false)
  })
})
