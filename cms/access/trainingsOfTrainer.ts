import type { PayloadRequest } from 'payload'

/** Ids of the trainings the logged-in user is a trainer of (cached per request). */
export async function trainingIdsOfTrainer(req: PayloadRequest): Promise<string[]> {
  if (!req.user) return []
  const cacheKey = `trainingsOf:${req.user.id}`
  if (cacheKey in req.context) return req.context[cacheKey] as string[]
  const found = await req.payload.find({
    collection: 'trainings',
    where: { trainers: { contains: req.user.id } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  const ids = found.docs.map((doc) => String(doc.id))
  req.context[cacheKey] = ids
  return ids
}
