/**
 * Ranking candidates for an expertise request: pure logic (no database, no clock
 * of its own), so the workflow activity, the benchmark and tests share it. Each
 * score comes with its reasons in plain Dutch for the coordinator and therapist.
 */
import { isStale, staleReason } from './availabilityConfirmation'

export type RegionPolicy = 'own' | 'neighbours' | 'remote'

export type RankingRequest = {
  expertise: string[]
  targetGroup?: string | null
  region: string
  hoursPerWeek?: number | null
  wantedStart?: string | null
}

export type RankingCandidate = {
  id: string
  displayName: string
  status: string
  methods: string[]
  certifiedMethods: string[]
  themes: string[]
  targetGroups: string[]
  homeRegion: string
  regionsServed: string[]
  remoteAvailable: boolean
  capacityCases: number
  freeCases: number
  hoursPerWeek?: number | null
  availableFrom?: string | null
  /** When the therapist last confirmed capacity and availability (or signed up). */
  availabilityConfirmedAt?: string | null
}

export type RankingContext = {
  policy: RegionPolicy
  /** Neighbouring regions of the request's region. */
  neighbours: string[]
  /** Members who already had an offer for this request (declined, expired, ...). */
  excluded: ReadonlySet<string>
  names: { expertise: Record<string, string>; regions: Record<string, string> }
  now: Date
}

export type RankedCandidate = { memberId: string; displayName: string; score: number; reasons: string }

/** Weights add up to 100 for a perfect candidate. */
export const WEIGHTS = {
  expertise: 35,
  certification: 10,
  targetGroup: 15,
  region: 15,
  capacity: 10,
  availability: 10,
  load: 5,
} as const

const DAY = 24 * 60 * 60 * 1000

type RegionFit = { kind: 'own' | 'neighbour' | 'remote'; points: number } | null

function regionFit(candidate: RankingCandidate, request: RankingRequest, context: RankingContext): RegionFit {
  const served = new Set([candidate.homeRegion, ...candidate.regionsServed])
  if (served.has(request.region)) return { kind: 'own', points: WEIGHTS.region }
  if (context.policy !== 'own' && context.neighbours.some((region) => served.has(region)))
    return { kind: 'neighbour', points: WEIGHTS.region * 0.6 }
  if (context.policy === 'remote' && candidate.remoteAvailable) return { kind: 'remote', points: WEIGHTS.region * 0.3 }
  return null
}

/** Who may get an offer at all: active, a free place, availability confirmed lately, not yet asked, in reach. */
export function isEligible(candidate: RankingCandidate, request: RankingRequest, context: RankingContext): boolean {
  return (
    isEligibleOnceConfirmed(candidate, request, context) && !isStale(candidate.availabilityConfirmedAt, context.now)
  )
}

function isEligibleOnceConfirmed(candidate: RankingCandidate, request: RankingRequest, context: RankingContext) {
  return (
    candidate.status === 'active' &&
    candidate.freeCases > 0 &&
    !context.excluded.has(candidate.id) &&
    regionFit(candidate, request, context) !== null
  )
}

export function scoreCandidate(
  candidate: RankingCandidate,
  request: RankingRequest,
  context: RankingContext,
): RankedCandidate | null {
  if (!isEligible(candidate, request, context)) return null
  const region = regionFit(candidate, request, context)!
  const reasons: string[] = []
  const name = (id: string) => context.names.expertise[id] ?? 'expertise'
  let score = 0

  // Expertise and methods: the share of what was asked that this therapist offers.
  const offered = new Set([...candidate.methods, ...candidate.certifiedMethods, ...candidate.themes])
  const certified = new Set(candidate.certifiedMethods)
  if (request.expertise.length > 0) {
    const covered = request.expertise.filter((id) => offered.has(id))
    score += (WEIGHTS.expertise * covered.length) / request.expertise.length
    for (const id of request.expertise) reasons.push(`${name(id)} ${offered.has(id) ? '✓' : '✗'}`)
    const certifiedCount = request.expertise.filter((id) => certified.has(id)).length
    score += (WEIGHTS.certification * certifiedCount) / request.expertise.length
    if (certifiedCount > 0)
      reasons.push(
        `gecertificeerd voor ${request.expertise
          .filter((id) => certified.has(id))
          .map(name)
          .join(', ')}`,
      )
  } else {
    score += WEIGHTS.expertise + WEIGHTS.certification / 2
  }

  if (request.targetGroup) {
    const fits = candidate.targetGroups.includes(request.targetGroup)
    if (fits) score += WEIGHTS.targetGroup
    reasons.push(`doelgroep ${name(request.targetGroup)} ${fits ? '✓' : '✗'}`)
  } else {
    score += WEIGHTS.targetGroup / 2
  }

  score += region.points
  const regionName = context.names.regions[request.region] ?? 'de regio'
  if (region.kind === 'own') reasons.push(`regio ${regionName} ✓`)
  else if (region.kind === 'neighbour') reasons.push(`buurregio van ${regionName}`)
  else reasons.push('werkt op afstand')

  // Free places: more room means less risk the place is gone by the time of confirming.
  score += (WEIGHTS.capacity * Math.min(candidate.freeCases, 3)) / 3
  reasons.push(candidate.freeCases === 1 ? '1 plek vrij' : `${candidate.freeCases} plekken vrij`)

  const wanted = request.wantedStart ? new Date(request.wantedStart) : context.now
  const available = candidate.availableFrom ? new Date(candidate.availableFrom) : context.now
  const daysLate = Math.max(0, (available.getTime() - Math.max(wanted.getTime(), context.now.getTime())) / DAY)
  score += WEIGHTS.availability * Math.max(0, 1 - daysLate / 60)
  if (daysLate < 1) reasons.push('beschikbaar op tijd')
  else
    reasons.push(`pas beschikbaar over ${Math.ceil(daysLate / 7)} ${Math.ceil(daysLate / 7) === 1 ? 'week' : 'weken'}`)

  // Current load: a therapist with most of their capacity free is asked first.
  const capacity = Math.max(candidate.capacityCases, candidate.freeCases, 1)
  score += (WEIGHTS.load * candidate.freeCases) / capacity

  if (request.hoursPerWeek && candidate.hoursPerWeek != null && candidate.hoursPerWeek < request.hoursPerWeek) {
    score -= 5
    reasons.push(`${candidate.hoursPerWeek} van ${request.hoursPerWeek} uur per week`)
  }

  return {
    memberId: candidate.id,
    displayName: candidate.displayName,
    score: Math.round(score * 10) / 10,
    reasons: reasons.join(', '),
  }
}

/** Best first; equal scores in a stable order (by id) so a re-run ranks the same. */
export function rankCandidates(
  candidates: RankingCandidate[],
  request: RankingRequest,
  context: RankingContext,
  limit = Infinity,
): RankedCandidate[] {
  const scored: RankedCandidate[] = []
  for (const candidate of candidates) {
    const ranked = scoreCandidate(candidate, request, context)
    if (ranked) scored.push(ranked)
  }
  scored.sort((a, b) => b.score - a.score || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0))
  return scored.slice(0, limit)
}

export type LeftOutCandidate = { memberId: string; displayName: string; reason: string }

/**
 * The part of the explanation about who was left out for stale availability: those who would
 * have been asked had they confirmed lately (active, a free place, in reach, not asked yet), so
 * a coordinator reads why a therapist with a free place in the region was not asked.
 */
export function leftOutAsStale(
  candidates: RankingCandidate[],
  request: RankingRequest,
  context: RankingContext,
): LeftOutCandidate[] {
  return candidates
    .filter(
      (candidate) =>
        isEligibleOnceConfirmed(candidate, request, context) && isStale(candidate.availabilityConfirmedAt, context.now),
    )
    .map((candidate) => ({
      memberId: candidate.id,
      displayName: candidate.displayName,
      reason: staleReason(candidate.availabilityConfirmedAt, context.now),
    }))
    .sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0))
}

/** The regions whose therapists are worth reading from the database for this policy. */
export function regionsInReach(region: string, neighbours: string[], policy: RegionPolicy): string[] {
  return policy === 'own' ? [region] : [region, ...neighbours]
}
