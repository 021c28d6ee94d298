import type { FieldAccess } from 'payload'
import { hasRole } from './roles'
import { idOf } from '../../src/domain/ids'

/**
 * A profile field only the therapist themself and staff read (registration number,
 * motivation, capacity, the reason of a decision). Without a document (a `where` on the
 * field) only staff pass, so nobody else can probe the value with a query.
 */
export const memberSelfOrStaff: FieldAccess = ({ req: { user }, doc }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return Boolean(doc) && idOf(doc?.user) === String(user.id)
}
