import type { Access } from 'payload'
import { hasRole } from './roles'

/** A therapist edits only their own profile; staff edit all. */
export const ownMemberProfile: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'therapist')) return false
  return { user: { equals: user.id } }
}
