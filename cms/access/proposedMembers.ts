import type { PayloadRequest } from 'payload'
import { idOf } from '../../src/domain/ids'

/** Offer states in which a coordinator is asked to confirm the therapist, or has. */
const PROPOSED = ['accepted', 'countered', 'confirmed']

/**
 * The therapists a coordinator's organisation is dealing with: matched to one of its
 * requests, or waiting for its confirmation. Read once per request (req.context).
 */
export async function memberIdsProposedToOrganisation(req: PayloadRequest): Promise<string[]> {
  const organisation = idOf((req.user as { organisation?: unknown } | null)?.organisation)
  if (!organisation) return []
  const cacheKey = `proposedMembers:${organisation}`
  if (cacheKey in req.context) return req.context[cacheKey] as string[]
  const { payload } = req
  const matches = await payload.find({
    collection: 'matches',
    where: { organisation: { equals: organisation } },
    select: { member: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const requests = await payload.find({
    collection: 'requests',
    where: { and: [{ organisation: { equals: organisation } }, { status: { equals: 'awaiting-confirmation' } }] },
    select: { status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const offers =
    requests.docs.length === 0
      ? { docs: [] }
      : await payload.find({
          collection: 'offers',
          where: {
            and: [{ request: { in: requests.docs.map((request) => request.id) } }, { status: { in: PROPOSED } }],
          },
          select: { member: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
  const ids = [
    ...new Set(
      [...matches.docs, ...offers.docs].map((doc) => idOf(doc.member)).filter((id): id is string => Boolean(id)),
    ),
  ]
  req.context[cacheKey] = ids
  return ids
}
