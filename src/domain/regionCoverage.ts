/**
 * What the network has and lacks per region (issue 15 §1): therapists and their free capacity,
 * the expertise that requests in the region asked for and no therapist there offers, open
 * requests, how fast requests got a first offer and a match, and the trainings and groups that
 * run there. Aggregates only: nothing of one request, organisation or therapist leaves it.
 */
export type CoverageMember = {
  regions: string[]
  expertise: string[]
  freeCases: number
  hoursPerWeek: number
}

export type CoverageRequest = {
  id: string
  region: string
  expertise: string[]
  targetGroup: string | null
  status: string
  submittedAt: string | null
}

export type CoverageInput = {
  regions: { id: string; name: string; target: number }[]
  members: CoverageMember[]
  requests: CoverageRequest[]
  /** Per request id: when its first offer went out, and when its match was confirmed. */
  firstOfferAt: Map<string, string>
  matchedAt: Map<string, string>
  /** Region ids of trainings and groups running now (one entry each). */
  runningTrainings: string[]
  runningGroups: string[]
  now: Date
}

export type Gap = { targetGroup: string | null; expertise: string; requests: number }

export type RegionCoverage = {
  regionId: string
  name: string
  target: number
  therapists: number
  coverage: number
  freeCases: number
  hoursPerWeek: number
  openRequests: number
  gaps: Gap[]
  daysToFirstOffer: { median: number | null; p90: number | null; count: number }
  daysToMatch: { median: number | null; p90: number | null; count: number }
  trainings: number
  groups: number
}

export const OPEN_REQUEST_STATUSES = ['matching', 'awaiting-confirmation', 'escalated'] as const
const DAY = 86_400_000
/** How far back a request's wishes count as what the region needs. */
const NEED_WINDOW_DAYS = 365
/** Speed is measured over recent requests: the last 90 days. */
const SPEED_WINDOW_DAYS = 90

/** The p-th percentile (nearest rank) of numbers; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const days = (from: string, to: string) => Math.round(((Date.parse(to) - Date.parse(from)) / DAY) * 10) / 10

/** Coverage as a whole percentage, capped at 100 (a target of 0 counts as covered). */
export function coveragePercent(count: number, target: number | null | undefined): number {
  if (!target || target <= 0) return 100
  return Math.min(100, Math.round((count / target) * 100))
}

function speed(values: number[]) {
  return { median: percentile(values, 50), p90: percentile(values, 90), count: values.length }
}

export function regionCoverage(input: CoverageInput): RegionCoverage[] {
  const since = (windowDays: number) => input.now.getTime() - windowDays * DAY
  return input.regions.map((region) => {
    const here = input.members.filter((member) => member.regions.includes(region.id))
    const requests = input.requests.filter((request) => request.region === region.id)
    // A need is a wish for expertise (with the target group if one was given) that no therapist here meets.
    const gaps = new Map<string, Gap>()
    for (const request of requests) {
      if (!request.submittedAt || Date.parse(request.submittedAt) < since(NEED_WINDOW_DAYS)) continue
      for (const expertise of request.expertise) {
        const met = here.some(
          (member) =>
            member.expertise.includes(expertise) &&
            (request.targetGroup === null || member.expertise.includes(request.targetGroup)),
        )
        if (met) continue
        const key = `${request.targetGroup ?? ''}|${expertise}`
        const gap = gaps.get(key) ?? { targetGroup: request.targetGroup, expertise, requests: 0 }
        gap.requests += 1
        gaps.set(key, gap)
      }
    }
    const recent = requests.filter(
      (request) => request.submittedAt && Date.parse(request.submittedAt) >= since(SPEED_WINDOW_DAYS),
    )
    const delays = (moments: Map<string, string>) =>
      recent.flatMap((request) => {
        const at = moments.get(request.id)
        return at ? [days(request.submittedAt!, at)] : []
      })
    return {
      regionId: region.id,
      name: region.name,
      target: region.target,
      therapists: here.length,
      coverage: coveragePercent(here.length, region.target),
      freeCases: here.reduce((sum, member) => sum + member.freeCases, 0),
      hoursPerWeek: here.reduce((sum, member) => sum + member.hoursPerWeek, 0),
      openRequests: requests.filter((request) => (OPEN_REQUEST_STATUSES as readonly string[]).includes(request.status))
        .length,
      gaps: [...gaps.values()].sort((a, b) => b.requests - a.requests || a.expertise.localeCompare(b.expertise)),
      daysToFirstOffer: speed(delays(input.firstOfferAt)),
      daysToMatch: speed(delays(input.matchedAt)),
      trainings: input.runningTrainings.filter((id) => id === region.id).length,
      groups: input.runningGroups.filter((id) => id === region.id).length,
    }
  })
}
