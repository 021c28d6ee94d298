import type { Payload } from 'payload'
import {
  type VerificationStatus,
  normaliseCertificateNumber,
  verificationStatus,
} from '../../../src/domain/certification'

export type Verification =
  | { status: 'unknown'; number: string }
  | {
      status: Exclude<VerificationStatus, 'unknown'>
      number: string
      holderName: string
      trainingTitle: string
      method: string | null
      issuedAt: string
      validUntil: string
      /** Revoked certificates: since when (the reason stays with holder and staff). */
      revokedAt?: string | null
    }

/**
 * Public check of one certificate number: only what a certificate itself shows
 * (name, training, dates, status), nothing else of the therapist.
 */
export async function verifyCertificate(payload: Payload, rawNumber: string, now = new Date()): Promise<Verification> {
  const number = normaliseCertificateNumber(rawNumber)
  if (!/^[A-Z0-9-]{4,40}$/.test(number)) return { status: 'unknown', number }
  const found = await payload.find({
    collection: 'certificates',
    where: { number: { equals: number } },
    limit: 1,
    depth: 2,
    overrideAccess: true,
  })
  const certificate = found.docs[0]
  if (!certificate) return { status: 'unknown', number }
  const training = typeof certificate.training === 'object' ? certificate.training : null
  const method = training && typeof training.method === 'object' && training.method ? training.method.name : null
  const member = typeof certificate.member === 'object' ? certificate.member : null
  return {
    status: verificationStatus(certificate, now) as Exclude<VerificationStatus, 'unknown'>,
    number: certificate.number,
    holderName: certificate.holderName ?? member?.displayName ?? '',
    trainingTitle: training?.title ?? '',
    method: method ?? null,
    issuedAt: certificate.issuedAt,
    validUntil: certificate.validUntil,
    ...(certificate.status === 'revoked' ? { revokedAt: certificate.revocation?.revokedAt ?? null } : {}),
  }
}
