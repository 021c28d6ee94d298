import type { Payload } from 'payload'
import {
  type VerificationStatus,
  currentRound,
  normaliseCertificateNumber,
  roundDates,
  verificationStatus,
} from '../../../src/domain/certification'
import { REGISTRATION_TYPES } from '../../../src/domain/options'
import { recordVerification } from '../../../src/store/verificationCounts'
import { memberIdOf } from '../../access/memberOfUser'
import type { Certificate } from '../../payload-types'
import { issuer } from './credential'

export type Verification =
  | { status: 'unknown'; number: string }
  | {
      status: Exclude<VerificationStatus, 'unknown'>
      number: string
      /** The round checked: 0 the first issue, n the n-th renewal (the credential's and QR code's `ronde`). */
      round: number
      holderName: string
      /** The holder's professional register and number: public registers, for the verifier to look up. */
      registration: { register: string; number: string } | null
      trainingTitle: string
      method: string | null
      issuedAt: string
      validUntil: string
      issuer: { name: string; url: string; did: string }
      /** Revoked certificates: since when (the reason stays with holder and staff). */
      revokedAt?: string | null
      /** A superseded round: the round that holds now, and until when. */
      current?: { round: number; status: Exclude<VerificationStatus, 'unknown' | 'superseded'>; validUntil: string }
    }

type Options = { round?: string | number | null; now?: Date }

/** `?ronde=`: absent means the current round; anything but a whole number names no round. */
const parseRound = (round: Options['round'], certificate: Certificate) =>
  round === undefined || round === null || round === '' ? currentRound(certificate) : Number(round)

async function findCertificate(payload: Payload, number: string): Promise<Certificate | null> {
  if (!/^[A-Z0-9-]{4,40}$/.test(number)) return null
  const found = await payload.find({
    collection: 'certificates',
    where: { number: { equals: number } },
    limit: 1,
    depth: 2,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

function describe(certificate: Certificate, round: number, now: Date): Verification {
  const status = verificationStatus(certificate, now, round)
  const dates = roundDates(certificate, round)
  if (status === 'unknown' || !dates) return { status: 'unknown', number: certificate.number }
  const training = typeof certificate.training === 'object' ? certificate.training : null
  const method = training && typeof training.method === 'object' && training.method ? training.method.name : null
  const member = typeof certificate.member === 'object' ? certificate.member : null
  const register = member?.registrationType ? REGISTRATION_TYPES[member.registrationType]?.nl : undefined
  const latest = currentRound(certificate)
  return {
    status,
    number: certificate.number,
    round,
    holderName: certificate.holderName ?? member?.displayName ?? '',
    registration: register && member?.registrationNumber ? { register, number: member.registrationNumber } : null,
    trainingTitle: training?.title ?? '',
    method: method ?? null,
    ...dates,
    issuer: issuer(),
    ...(status === 'revoked' ? { revokedAt: certificate.revocation?.revokedAt ?? null } : {}),
    ...(status === 'superseded'
      ? {
          current: {
            round: latest,
            status: verificationStatus(certificate, now, latest) as 'valid' | 'expired',
            validUntil: certificate.validUntil,
          },
        }
      : {}),
  }
}

/**
 * Public check of one certificate number (and round): only what a certificate itself shows
 * (name, register number, training, dates, status), nothing else of the therapist.
 */
export async function verifyCertificate(
  payload: Payload,
  rawNumber: string,
  { round, now = new Date() }: Options = {},
): Promise<Verification> {
  const number = normaliseCertificateNumber(rawNumber)
  const certificate = await findCertificate(payload, number)
  return certificate ? describe(certificate, parseRound(round, certificate), now) : { status: 'unknown', number }
}

/**
 * The check a visitor makes (page, JSON, QR scan): counted for the holder, except when the
 * holder looks at their own certificate. Nothing of the visitor is stored.
 */
export async function checkCertificate(
  payload: Payload,
  rawNumber: string,
  options: Options & { viewerUserId?: string | number | null },
): Promise<Verification> {
  const number = normaliseCertificateNumber(rawNumber)
  const certificate = await findCertificate(payload, number)
  if (!certificate) return { status: 'unknown', number }
  const verification = describe(certificate, parseRound(options.round, certificate), options.now ?? new Date())
  const holder = String(typeof certificate.member === 'object' ? certificate.member.id : certificate.member)
  const viewer = options.viewerUserId ? await memberIdOf(payload, options.viewerUserId) : null
  if (verification.status !== 'unknown' && viewer !== holder) await recordVerification(payload, certificate.number)
  return verification
}
