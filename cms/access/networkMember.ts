import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

/**
 * Whether the logged-in user belongs to the therapists' network: trainers, supervisors, and
 * therapists whose profile staff approved. A fresh sign-up (still pending) or a coordinator is not.
 */
export async function isNetworkMember(req: PayloadRequest): Promise<boolean> {
  const { user } = req
  if (hasRole(user, 'trainer', 'supervisor')) return true
  if (!user || !hasRole(user, 'therapist')) return false
  const cacheKey = `networkMember:${user.id}`
  if (cacheKey in req.context) return req.context[cacheKey] as boolean
  const active = await req.payload.count({
    collection: 'members',
    where: { and: [{ user: { equals: user.id } }, { status: { equals: 'active' } }] },
    overrideAccess: true,
    req,
  })
  req.context[cacheKey] = active.totalDocs > 0
  return active.totalDocs > 0
}
