import type { Access } from 'payload'
import { hasRole } from './roles'

function organisationId(value: unknown): string | null {
  if (!value) return null
  if (typeof value === 'object' && 'id' in (value as object)) return String((value as { id: unknown }).id)
  return String(value)
}

/** Requests and matches: staff see all; a coordinator sees only their organisation's. */
export const ownOrganisation: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const organisation = organisationId((user as { organisation?: unknown }).organisation)
  if (!hasRole(user, 'coordinator') || !organisation) return false
  return { organisation: { equals: organisation } }
}
