import type { Access, Where } from 'payload'
import { isNetworkMember } from './networkMember'
import { hasRole } from './roles'

/**
 * Articles: editors and staff read drafts; members of the network read everything published;
 * everyone else (the public, coordinators, sign-ups awaiting approval) reads what is published
 * and not members-only.
 */
export const publishedOrEditor: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const published: Where = { _status: { equals: 'published' } }
  if (await isNetworkMember(req)) return published
  const forEveryone: Where = { membersOnly: { not_equals: true } }
  return { and: [published, forEveryone] }
}
