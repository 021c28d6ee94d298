import type { Access } from 'payload'
import { memberIdOfUser } from './memberOfUser'
import { hasRole } from './roles'

/**
 * Records that belong to one therapist (offers, enrolments, certificates, sign-ups):
 * staff see all; a therapist sees only those of their own profile.
 */
export const ownMemberRecords: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const memberId = await memberIdOfUser(req)
  if (!memberId) return false
  return { member: { equals: memberId } }
}
