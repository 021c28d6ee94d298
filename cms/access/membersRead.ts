import type { Access, Where } from 'payload'
import { hasRole } from './roles'

/**
 * Therapist profiles: staff see all; a therapist always sees their own; other
 * logged-in users see only active members (the network). The public sees none.
 */
export const membersRead: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const own: Where = { user: { equals: user.id } }
  const active: Where = { status: { equals: 'active' } }
  return { or: [own, active] }
}
