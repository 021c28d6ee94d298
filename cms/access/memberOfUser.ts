import type { Payload, PayloadRequest } from 'payload'

/** The therapist profile (members document) of a user account, or null (staff and trainers often have none). */
export async function memberIdOf(
  payload: Payload,
  userId: string | number,
  req?: PayloadRequest,
): Promise<string | null> {
  const found = await payload.find({
    collection: 'members',
    where: { user: { equals: userId } },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return found.docs[0] ? String(found.docs[0].id) : null
}

/** The same for the logged-in user, asked once per request (access rules call it per document). */
export async function memberIdOfUser(req: PayloadRequest): Promise<string | null> {
  if (!req.user) return null
  const cacheKey = `memberOf:${req.user.id}`
  if (cacheKey in req.context) return req.context[cacheKey] as string | null
  const id = await memberIdOf(req.payload, req.user.id, req)
  req.context[cacheKey] = id
  return id
}
