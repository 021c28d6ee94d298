import type { Payload, PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'
import { memberIdOfUser } from '../../access/memberOfUser'
import type { Certificate } from '../../payload-types'

/** What a download refuses with, in the words of that download (credential, PDF). */
export type DownloadRefusals = { loggedOut: string; notHolder: string; revoked: string }

export type HolderCertificate =
  { ok: true; certificate: Certificate } | { ok: false; status: 401 | 403 | 404 | 409; message: string }

/**
 * A certificate (with its training, the training's method, and its therapist) for a download that only its holder and staff
 * may have, and none once it is revoked: one rule for the credential and the PDF.
 */
export async function holderCertificate(
  payload: Payload,
  req: PayloadRequest,
  certificateId: string,
  refusals: DownloadRefusals,
): Promise<HolderCertificate> {
  if (!req.user) return { ok: false, status: 401, message: refusals.loggedOut }
  // Depth 2: the training's method (a relationship of the training) is named on both documents.
  const certificate = await payload
    .findByID({ collection: 'certificates', id: certificateId, depth: 2, overrideAccess: true, req })
    .catch(() => null)
  if (!certificate) return { ok: false, status: 404, message: 'Dit certificaat bestaat niet.' }
  const holder = String(typeof certificate.member === 'object' ? certificate.member.id : certificate.member)
  if (!hasRole(req.user, 'admin') && (await memberIdOfUser(req)) !== holder)
    return { ok: false, status: 403, message: refusals.notHolder }
  if (certificate.status === 'revoked') return { ok: false, status: 409, message: refusals.revoked }
  return { ok: true, certificate }
}
