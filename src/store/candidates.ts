import type { Payload, Where } from 'payload'
import { certifiedMethodsOfMany } from './certifiedMethods'
import { placesOfMany } from './places'
import { availabilityConfirmedAtOfMany } from './availabilityConfirmations'
import {
  type RankingCandidate,
  type RankingContext,
  type RankingRequest,
  type RegionPolicy,
  leftOutAsStale,
  regionsInReach,
} from '../domain/ranking'
import { idOf, idsOf, requiredIdOf } from '../domain/ids'

/** The member fields ranking reads; nothing else leaves the database. */
export const CANDIDATE_SELECT = {
  displayName: true,
  status: true,
  methods: true,
  themes: true,
  targetGroups: true,
  homeRegion: true,
  regionsServed: true,
  remoteAvailable: true,
  capacityCases: true,
  hoursPerWeek: true,
  availableFrom: true,
  createdAt: true,
} as const

/**
 * Active therapists who work in one of the regions the policy allows (or online, for
 * 'remote'): one query per region on `reachRegions`, not one `$or` of `$in`s, because an
 * equality is what FerretDB hands to its storage (an `$in` or `$or` reads the whole
 * collection) and what MongoDB answers from the index. Free places come from `capacity-claims`,
 * certified methods from `method-certifications`, the last confirmation of availability from
 * `availability-confirmations` (a member who never confirmed counts from sign-up).
 */
export function candidateWheres(regions: string[], policy: RegionPolicy): Where[] {
  const available: Where[] = [{ status: { equals: 'active' } }]
  const wheres: Where[] = regions.map((region) => ({ and: [...available, { reachRegions: { equals: region } }] }))
  if (policy === 'remote') wheres.push({ and: [...available, { remoteAvailable: { equals: true } }] })
  return wheres
}

export function toCandidate(
  doc: Record<string, unknown>,
  places: { capacity: number; free: number } = { capacity: 0, free: 0 },
  certifiedMethods: string[] = [],
  availabilityConfirmedAt: string | null = null,
): RankingCandidate {
  return {
    id: String(doc.id),
    displayName: String(doc.displayName ?? ''),
    status: String(doc.status ?? ''),
    methods: idsOf(doc.methods),
    certifiedMethods,
    themes: idsOf(doc.themes),
    targetGroups: idsOf(doc.targetGroups),
    homeRegion: requiredIdOf(doc.homeRegion, `member ${doc.id} homeRegion`),
    regionsServed: idsOf(doc.regionsServed),
    remoteAvailable: Boolean(doc.remoteAvailable),
    capacityCases: places.capacity,
    freeCases: places.free,
    hoursPerWeek: (doc.hoursPerWeek as number | null | undefined) ?? null,
    availableFrom: (doc.availableFrom as string | null | undefined) ?? null,
    availabilityConfirmedAt: availabilityConfirmedAt ?? (doc.createdAt as string | null | undefined) ?? null,
  }
}

export type RankingInput = { request: RankingRequest; context: RankingContext; wheres: Where[] }

/** Reads the request, its region's neighbours, names and who was already asked. */
export async function rankingInput(
  payload: Payload,
  requestId: string,
  policy: RegionPolicy,
  now = new Date(),
): Promise<RankingInput> {
  const request = await payload.findByID({ collection: 'requests', id: requestId, depth: 0, overrideAccess: true })
  const regionId = requiredIdOf(request.region, `request ${request.id} region`)
  const region = await payload.findByID({ collection: 'regions', id: regionId, depth: 0, overrideAccess: true })
  const neighbours = idsOf(region.neighbours)
  const asked = await payload.find({
    collection: 'offers',
    where: { request: { equals: requestId } },
    depth: 0,
    pagination: false,
    select: { member: true },
    overrideAccess: true,
  })
  const wanted = [...idsOf(request.expertise), ...idsOf([request.targetGroup])]
  const expertise = wanted.length
    ? await payload.find({
        collection: 'expertise',
        where: { id: { in: wanted } },
        depth: 0,
        pagination: false,
        select: { name: true },
        overrideAccess: true,
      })
    : { docs: [] }
  const regionDocs = await payload.find({
    collection: 'regions',
    where: { id: { in: [regionId, ...neighbours] } },
    depth: 0,
    pagination: false,
    select: { name: true },
    overrideAccess: true,
  })
  return {
    request: {
      expertise: idsOf(request.expertise),
      targetGroup: request.targetGroup ? idOf(request.targetGroup) : null,
      region: regionId,
      hoursPerWeek: request.hoursPerWeek ?? null,
      wantedStart: request.wantedStart ?? null,
    },
    context: {
      policy,
      neighbours,
      excluded: new Set(idsOf(asked.docs.map((offer) => offer.member))),
      names: {
        expertise: Object.fromEntries(expertise.docs.map((doc) => [String(doc.id), String(doc.name)])),
        regions: Object.fromEntries(regionDocs.docs.map((doc) => [String(doc.id), String(doc.name)])),
      },
      now,
    },
    wheres: candidateWheres(regionsInReach(regionId, neighbours, policy), policy),
  }
}

/** Every therapist any of `wheres` finds with a free place, each once. */
export async function loadCandidates(payload: Payload, wheres: Where[]): Promise<RankingCandidate[]> {
  const found = await Promise.all(
    wheres.map((where) =>
      payload.find({
        collection: 'members',
        where,
        depth: 0,
        pagination: false,
        select: CANDIDATE_SELECT,
        overrideAccess: true,
      }),
    ),
  )
  const byId = new Map(found.flatMap((result) => result.docs).map((doc) => [String(doc.id), doc]))
  const places = await placesOfMany(
    payload,
    'cases',
    [...byId.values()].map((doc) => ({
      ownerId: String(doc.id),
      capacity: Number(doc.capacityCases ?? 0),
      open: doc.status === 'active',
    })),
  )
  const withPlace = [...byId.values()].filter((doc) => (places.get(String(doc.id))?.free ?? 0) > 0)
  const certified = await certifiedMethodsOfMany(
    payload,
    withPlace.map((doc) => String(doc.id)),
  )
  const confirmed = await availabilityConfirmedAtOfMany(
    payload,
    withPlace.map((doc) => String(doc.id)),
  )
  return withPlace.map((doc) =>
    toCandidate(
      doc as unknown as Record<string, unknown>,
      places.get(String(doc.id)),
      certified.get(String(doc.id)) ?? [],
      confirmed.get(String(doc.id)) ?? null,
    ),
  )
}

/**
 * Who the ranking leaves out right now because their availability is stale, under the run's
 * region policy: what the request page tells coordinator and staff about who was not asked.
 */
export async function staleLeftOut(payload: Payload, requestId: string, policy: RegionPolicy) {
  const input = await rankingInput(payload, requestId, policy)
  return leftOutAsStale(await loadCandidates(payload, input.wheres), input.request, input.context)
}
