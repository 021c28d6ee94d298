import type { FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Offer states in which the therapist still decides on, or works on, the request. */
const STILL_CONCERNED = ['open', 'accepted', 'countered', 'confirmed']

/**
 * The offer's summary carries the request's free-text context. The therapist reads it
 * while the offer is open or leads to their match; once it closed without one
 * (declined, expired, withdrawn, not confirmed) only staff do. Without a document
 * (a `where` on the field) only staff pass, so the text cannot be probed by query.
 */
export const caseContextWhileOffered: FieldAccess = ({ req: { user }, doc }) => {
  if (hasRole(user, 'admin')) return true
  return Boolean(user) && STILL_CONCERNED.includes(String(doc?.status))
}
