import type { Payload, PayloadRequest } from 'payload'
import { config } from '../../../src/config'
import { didDocument, issuerDid } from '../../../src/credentials/did'
import { signingKey } from '../../../src/credentials/signingKey'
import { signVcJwt } from '../../../src/credentials/vcJwt'
import { currentRound, roundDates } from '../../../src/domain/certification'
import { type CredentialFacts, openBadgeCredential } from '../../../src/domain/openBadge'
import { statusListEntry } from '../../../src/domain/statusList'
import { statusIndexFor } from '../../../src/store/credentialStatus'
import type { Certificate } from '../../payload-types'
import { revocationListUrl } from '../credentials/revocationList'
import { holderCertificate } from './holderCertificate'

export const issuer = () => ({ did: issuerDid(config.PUBLIC_URL), name: 'Drakentemmers', url: config.PUBLIC_URL })

/** The DID document the platform serves at /.well-known/did.json. */
export const platformDidDocument = () => didDocument(issuer().did, signingKey().publicJwk)

/** What the credential states, read from the stored certificate with its training and therapist. */
export function credentialFacts(certificate: Certificate): CredentialFacts {
  const training = typeof certificate.training === 'object' ? certificate.training : null
  const member = typeof certificate.member === 'object' ? certificate.member : null
  const method = training && typeof training.method === 'object' && training.method ? training.method.name : null
  const round = currentRound(certificate)
  return {
    number: certificate.number,
    round,
    memberId: String(member?.id ?? certificate.member),
    holderName: certificate.holderName ?? member?.displayName ?? '',
    training: { title: training?.title ?? '', summary: training?.summary ?? '', slug: training?.slug, method },
    requirements: (training?.steps ?? []).map((step) => step.title),
    ...roundDates(certificate, round)!,
  }
}

export type CredentialResult =
  { ok: true; number: string; jwt: string } | { ok: false; status: 401 | 403 | 404 | 409; message: string }

/** The signed credential of one certificate, for its holder and for staff only. */
export async function certificateCredential(
  payload: Payload,
  req: PayloadRequest,
  certificateId: string,
): Promise<CredentialResult> {
  const found = await holderCertificate(payload, req, certificateId, {
    loggedOut: 'Log in om je credential te downloaden.',
    notHolder: 'Alleen de houder van dit certificaat kan het credential downloaden.',
    revoked: 'Dit certificaat is ingetrokken; er wordt geen credential meer voor uitgegeven.',
  })
  if (!found.ok) return found
  const status = statusListEntry(revocationListUrl(), await statusIndexFor(payload, certificateId))
  const jwt = signVcJwt(openBadgeCredential(credentialFacts(found.certificate), issuer(), status), signingKey())
  return { ok: true, number: found.certificate.number, jwt }
}
