/**
 * Bundle entry for the matching benchmark's own worker: the real matching workflow
 * next to a trivial one, whose round-trip is the baseline on the same server.
 */
export { matching } from './workflow'

export async function matchingBenchPing(value: number): Promise<number> {
  return value
}
