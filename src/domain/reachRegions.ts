import { idsOf } from './ids'

/** The regions a therapist works in: the home region and every region served, each once. */
export function reachRegionsOf(homeRegion: unknown, regionsServed: unknown): string[] {
  const served = Array.isArray(regionsServed) ? regionsServed : []
  return [...new Set(idsOf([homeRegion, ...served]))]
}
