import type { OwnRead } from './logReads'
import { memberIdOfUser } from '../../access/memberOfUser'
import { idOf } from '../../../src/domain/ids'

/** A therapist reading their own profile: their own data, not worth a log entry. */
export const ownProfile: OwnRead = (doc, req) => Boolean(req.user) && idOf(doc.user) === String(req.user!.id)

/** A therapist reading a certificate of their own profile (asked once per request, memberIdOfUser caches). */
export const ownCertificate: OwnRead = async (doc, req) => {
  const member = idOf(doc.member)
  return member !== null && member === (await memberIdOfUser(req))
}
