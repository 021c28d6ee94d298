import { type Candidate, type GroupChoice, chooseMembers } from './availability'

/** Group sizes and timing of formation; the defaults are the norms of domain.md (editable in Settings). */
export type GroupSizeNorm = { minSize: number; maxSize: number }

export type QuorumDecision =
  | { form: true; reason: 'full' | 'deadline'; choice: GroupChoice }
  | { form: false; reason: 'too-few' | 'before-deadline' | 'no-shared-time' }

const DAY_MS = 24 * 60 * 60 * 1000

/** The formation deadline of a pool: a fixed time after its longest-waiting sign-up. */
export function formationDeadline(pool: readonly Candidate[], deadlineDays: number): number | null {
  if (pool.length === 0) return null
  const first = Math.min(...pool.map((c) => Date.parse(c.signedUpAt)))
  return first + deadlineDays * DAY_MS
}

/**
 * Form a group when `maxSize` members share a weekday part, or when at least
 * `minSize` do and the deadline has passed. Otherwise keep waiting.
 */
export function decideQuorum(
  pool: readonly Candidate[],
  norm: GroupSizeNorm,
  now: number,
  deadlineDays: number,
): QuorumDecision {
  if (pool.length < norm.minSize) return { form: false, reason: 'too-few' }
  const choice = chooseMembers(pool, norm.minSize, norm.maxSize)
  if (!choice) return { form: false, reason: 'no-shared-time' }
  if (choice.memberIds.length >= norm.maxSize) return { form: true, reason: 'full', choice }
  const deadline = formationDeadline(pool, deadlineDays)!
  if (now >= deadline) return { form: true, reason: 'deadline', choice }
  return { form: false, reason: 'before-deadline' }
}

/** How many more sign-ups a pool needs before a group can form ("nog 1 deelnemer nodig"). */
export function membersStillNeeded(pool: readonly Candidate[], norm: GroupSizeNorm): number {
  const best = chooseMembers(pool, 1, norm.maxSize)
  return Math.max(0, norm.minSize - (best?.memberIds.length ?? 0))
}
