import type { Payload } from 'payload'
import { reachRegionsOf } from '../../src/domain/reachRegions'

export type RegionRef = string | { id: string } | null | undefined

export type MemberRegions = { homeRegion?: RegionRef; regionsServed?: RegionRef[] | null }

/**
 * Active therapists per region: one counts in every region they live or work in,
 * but only once per region (home region is usually also in regionsServed).
 */
export function therapistsPerRegion(members: MemberRegions[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const member of members) {
    for (const id of reachRegionsOf(member.homeRegion, member.regionsServed)) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

export { coveragePercent } from '../../src/domain/regionCoverage'

/** domain.md's 300, used until staff set the national target in Settings. */
const DEFAULT_NATIONAL_TARGET = 300

/** The national target from Settings (staff-only global: only this number leaves it). */
export async function nationalTarget(payload: Payload): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0 })
  return settings.network?.nationalTargetTherapists ?? DEFAULT_NATIONAL_TARGET
}
