import type { Payload } from 'payload'
import type { Certificate, User } from '../../../../cms/payload-types'
import { config } from '../../../../src/config'
import { currentRound, roundDates } from '../../../../src/domain/certification'
import { credentialId } from '../../../../src/domain/openBadge'
import { linkedInAddCertificationUrl } from '../../../../src/domain/linkedIn'
import { verificationCounts } from '../../../../src/store/verificationCounts'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { nameOf } from '../../../lib/format'

/** One certificate as "Mijn certificaten" shows it: what it says, and where its downloads and links go. */
export type MyCertificate = {
  id: string
  number: string
  trainingTitle: string
  status: 'valid' | 'expired' | 'revoked'
  issuedAt: string
  validUntil: string
  expiredAt?: string | null
  revocation?: { reason?: string | null; revokedAt?: string | null }
  /** The public check of this round, the same URL as the PDF's QR code and the credential's id. */
  verificationUrl: string
  pdfUrl: string
  credentialUrl: string
  linkedInUrl: string
  creditsUrl: string
  /** How often others checked it (page, JSON or QR scan); the holder's own looks do not count. */
  verifications: number
}

export function myCertificate(certificate: Certificate, verifications = 0): MyCertificate {
  const round = currentRound(certificate)
  const { issuedAt } = roundDates(certificate, round)!
  const trainingTitle = nameOf(certificate.training, 'title') ?? ''
  const verificationUrl = credentialId(config.PUBLIC_URL, certificate.number, round)
  const id = encodeURIComponent(String(certificate.id))
  return {
    id: String(certificate.id),
    number: certificate.number,
    trainingTitle,
    status: certificate.status,
    issuedAt,
    validUntil: certificate.validUntil,
    expiredAt: certificate.expiredAt,
    revocation: certificate.revocation ?? undefined,
    verificationUrl,
    pdfUrl: `/api/certificates/${id}/pdf`,
    credentialUrl: `/api/certificates/${id}/credential`,
    linkedInUrl: linkedInAddCertificationUrl({
      name: trainingTitle,
      organizationName: 'Drakentemmers',
      issuedAt,
      validUntil: certificate.validUntil,
      certUrl: verificationUrl,
      certId: certificate.number,
    }),
    creditsUrl: `/mijn-certificaten/${encodeURIComponent(certificate.number)}/punten`,
    verifications,
  }
}

/**
 * The therapist's own certificates, through the collection's read rule (overrideAccess: false);
 * newest first, sorted here: FerretDB sorts by reading everything, and one person has few.
 */
export async function myCertificates(payload: Payload, user: User, memberId: string): Promise<MyCertificate[]> {
  const found = await forbiddenAsEmpty(
    payload.find({
      collection: 'certificates',
      where: { member: { equals: memberId } },
      limit: 100,
      depth: 1,
      overrideAccess: false,
      user,
    }),
  )
  // Revoked ones last: they can no longer be shown to anyone.
  const revokedLast = (certificate: MyCertificate) => (certificate.status === 'revoked' ? 1 : 0)
  const docs = found?.docs ?? []
  const counts = await verificationCounts(
    payload,
    docs.map((doc) => doc.number),
  )
  return docs
    .map((doc) => myCertificate(doc, counts.get(doc.number)))
    .sort((a, b) => revokedLast(a) - revokedLast(b) || Date.parse(b.issuedAt) - Date.parse(a.issuedAt))
}
