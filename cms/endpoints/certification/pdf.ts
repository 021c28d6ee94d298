import type { Payload, PayloadRequest } from 'payload'
import { config } from '../../../src/config'
import { certificatePdf } from '../../../src/credentials/certificatePdf'
import { credentialId } from '../../../src/domain/openBadge'
import { credentialFacts } from './credential'
import { holderCertificate } from './holderCertificate'

export type PdfResult =
  { ok: true; number: string; pdf: Buffer } | { ok: false; status: 401 | 403 | 404 | 409; message: string }

/** The certificate as a PDF, for its holder and for staff only; the QR code points at this round's check. */
export async function certificatePdfFor(
  payload: Payload,
  req: PayloadRequest,
  certificateId: string,
): Promise<PdfResult> {
  const found = await holderCertificate(payload, req, certificateId, {
    loggedOut: 'Log in om je certificaat als PDF te downloaden.',
    notHolder: 'Alleen de houder van dit certificaat kan de PDF downloaden.',
    revoked: 'Dit certificaat is ingetrokken; er wordt geen PDF meer van gemaakt.',
  })
  if (!found.ok) return found
  const facts = credentialFacts(found.certificate)
  const pdf = await certificatePdf({
    number: facts.number,
    holderName: facts.holderName,
    trainingTitle: facts.training.title,
    method: facts.training.method,
    requirements: facts.requirements,
    issuedAt: facts.issuedAt,
    validUntil: facts.validUntil,
    // The same URL the credential names as its id: one address per round of the certificate.
    verificationUrl: credentialId(config.PUBLIC_URL, facts.number, facts.round),
  })
  return { ok: true, number: facts.number, pdf }
}
