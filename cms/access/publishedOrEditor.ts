import type { Access, Where } from 'payload'
import { hasRole } from './roles'

/**
 * Articles: editors and staff read drafts; logged-in users read everything published;
 * the public reads what is published and not members-only.
 */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const published: Where = { _status: { equals: 'published' } }
  if (user) return published
  const forEveryone: Where = { membersOnly: { not_equals: true } }
  return { and: [published, forEveryone] }
}
