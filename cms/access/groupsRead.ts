import type { Access, Where } from 'payload'
import { memberIdOfUser } from './memberOfUser'
import { hasRole } from './roles'

/**
 * Groups: staff see all; a supervisor sees the groups they lead or were offered; a
 * therapist sees the groups they are in or were proposed for. Nobody else.
 */
export const groupsRead: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const memberId = await memberIdOfUser(req)
  const own: Where[] = [{ supervisor: { equals: req.user.id } }, { offeredSupervisors: { in: [req.user.id] } }]
  if (memberId) own.push({ members: { in: [memberId] } }, { proposedMembers: { in: [memberId] } })
  return { or: own }
}
