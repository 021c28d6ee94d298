import type { Access } from 'payload'
import { hasRole } from './roles'

/** Supervisor profiles: staff see and edit all; a supervisor only their own. */
export const ownSupervisorProfile: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'supervisor')) return false
  return { user: { equals: user.id } }
}
