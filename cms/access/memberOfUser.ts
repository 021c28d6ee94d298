import type { PayloadRequest } from 'payload'

/** The therapist profile (members document) of the logged-in user, if any. */
export async function memberIdOfUser(req: PayloadRequest): Promise<string | null> {
  if (!req.user) return null
  const cacheKey = `memberOf:${req.user.id}`
  if (cacheKey in req.context) return req.context[cacheKey] as string | null
  const found = await req.payload.find({
    collection: 'members',
    where: { user: { equals: req.user.id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const id = found.docs[0] ? String(found.docs[0].id) : null
  req.context[cacheKey] = id
  return id
}
