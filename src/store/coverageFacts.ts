import type { Payload } from 'payload'
import { idOf, idsOf } from '../domain/ids'
import { reachRegionsOf } from '../domain/reachRegions'
import type { CoverageInput } from '../domain/regionCoverage'
import { trainingGivesPlaces } from '../domain/trainingPlaces'
import { firstOfferPerRequest, readAll } from './readAll'

type Doc = Record<string, unknown>

/**
 * The facts behind the coverage view, read with only the fields it needs: equality-only or
 * unfiltered reads, grouped in memory (FerretDB). Nothing of a request but its region, wishes,
 * status and dates; nothing of a therapist but regions, expertise and capacity.
 */
export async function coverageFacts(payload: Payload, now: Date): Promise<CoverageInput> {
  const all = (collection: string, select: Doc, where?: object) => readAll(payload, collection, select, where)
  const [regions, members, claims, requests, offers, matches, trainings, confirmedGroups, runningGroups] =
    await Promise.all([
      all('regions', { name: true, targetTherapists: true }),
      all(
        'members',
        {
          homeRegion: true,
          regionsServed: true,
          methods: true,
          themes: true,
          targetGroups: true,
          capacityCases: true,
          hoursPerWeek: true,
        },
        { status: { equals: 'active' } },
      ),
      all('capacity-claims', { owner: true }, { kind: { equals: 'cases' } }),
      all('requests', { region: true, expertise: true, targetGroup: true, status: true, submittedAt: true }),
      all('offers', { request: true, createdAt: true }),
      all('matches', { request: true, confirmedAt: true }),
      all('trainings', { region: true, sessionDates: true }),
      all('groups', { region: true }, { status: { equals: 'confirmed' } }),
      all('groups', { region: true }, { status: { equals: 'running' } }),
    ])
  const taken = new Map<string, number>()
  for (const claim of claims) taken.set(String(claim.owner), (taken.get(String(claim.owner)) ?? 0) + 1)
  const firstOfferAt = firstOfferPerRequest(offers, (offer) => idOf(offer.request)!)
  const matchedAt = new Map<string, string>()
  for (const match of matches)
    if (typeof match.confirmedAt === 'string') matchedAt.set(idOf(match.request)!, match.confirmedAt)
  return {
    regions: [...regions]
      .map((region) => ({
        id: String(region.id),
        name: String(region.name),
        target: Number(region.targetTherapists ?? 0),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    members: members.map((member) => ({
      regions: reachRegionsOf(member.homeRegion, member.regionsServed),
      expertise: [...idsOf(member.methods), ...idsOf(member.themes), ...idsOf(member.targetGroups)],
      freeCases: Math.max(0, Number(member.capacityCases ?? 0) - (taken.get(String(member.id)) ?? 0)),
      hoursPerWeek: Number(member.hoursPerWeek ?? 0),
    })),
    requests: requests.map((request) => ({
      id: String(request.id),
      region: idOf(request.region) ?? '',
      expertise: idsOf(request.expertise),
      targetGroup: idOf(request.targetGroup),
      status: String(request.status),
      submittedAt: typeof request.submittedAt === 'string' ? request.submittedAt : null,
    })),
    firstOfferAt,
    matchedAt,
    runningTrainings: trainings
      .filter((training) => training.region && trainingGivesPlaces(training, now))
      .map((training) => idOf(training.region)!),
    runningGroups: [...confirmedGroups, ...runningGroups].map((group) => idOf(group.region)!),
    now,
  }
}
