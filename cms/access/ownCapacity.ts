import type { Access } from 'payload'
import { hasRole } from './roles'

/** Taken places: staff see all; a therapist or supervisor only their own. */
export const ownCapacity: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { user: { equals: user.id } }
}
