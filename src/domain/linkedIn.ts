import { TIME_ZONE } from './dates'

/**
 * LinkedIn's "Add to profile" link for a certification (the documented addtoprofile deep link:
 * profile/add?startTask=CERTIFICATION_NAME): a plain link, no LinkedIn script on our pages, and
 * nothing about the holder in it but what the certificate page shows anyway.
 */
export type LinkedInCertification = {
  name: string
  organizationName: string
  issuedAt: string
  validUntil?: string | null
  certUrl: string
  certId: string
}

/** Year and month (1–12) as people here read the date: a certificate issued 31 December 23:30 UTC is January's. */
export function yearAndMonth(value: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(new Date(value))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month') }
}

export function linkedInAddCertificationUrl(certification: LinkedInCertification): string {
  const issued = yearAndMonth(certification.issuedAt)
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: certification.name,
    organizationName: certification.organizationName,
    issueYear: String(issued.year),
    issueMonth: String(issued.month),
  })
  if (certification.validUntil) {
    const expires = yearAndMonth(certification.validUntil)
    params.set('expirationYear', String(expires.year))
    params.set('expirationMonth', String(expires.month))
  }
  params.set('certUrl', certification.certUrl)
  params.set('certId', certification.certId)
  return `https://www.linkedin.com/profile/add?${params}`
}
