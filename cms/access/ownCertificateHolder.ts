import type { Access } from 'payload'
import { idOf } from '../../src/domain/ids'
import { isDocumentId } from '../../src/domain/parseInput'
import { memberIdOfUser } from './memberOfUser'

/**
 * A therapist adds activities to the ledger of their own certificates only: the certificate the
 * new document names must be held by the user's member profile (staff included: staff decide,
 * they do not add for someone).
 */
export const ownCertificateHolder: Access = async ({ req, data }) => {
  if (!req.user) return false
  const memberId = await memberIdOfUser(req)
  const certificateId = idOf((data as { certificate?: unknown } | undefined)?.certificate)
  if (!memberId || !certificateId || !isDocumentId(certificateId)) return false
  const certificate = await req.payload.findByID({
    collection: 'certificates',
    id: certificateId,
    depth: 0,
    select: { member: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return idOf(certificate?.member) === memberId
}
