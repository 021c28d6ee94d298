import type { Access } from 'payload'
import { isNetworkMember } from './networkMember'
import { memberIdsProposedToOrganisation } from './proposedMembers'
import { hasRole } from './roles'

/**
 * Therapist profiles: staff see all; everyone logged in sees their own. The network
 * (approved therapists, trainers, supervisors) also sees active members; a coordinator
 * only the therapists proposed to or matched with their organisation. A fresh sign-up
 * (still pending), an editor and the public see no one else.
 */
export const membersRead: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const own = { user: { equals: user.id } }
  if (await isNetworkMember(req)) return { or: [own, { status: { equals: 'active' } }] }
  if (hasRole(user, 'coordinator')) {
    const proposed = await memberIdsProposedToOrganisation(req)
    if (proposed.length > 0) return { or: [own, { id: { in: proposed } }] }
  }
  return own
}
