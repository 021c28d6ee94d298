/**
 * Availability for groups: weekday parts ("di-middag"). Members of a group must share
 * at least one part, so the choice of members is a choice of a shared part.
 */
export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr'] as const
export const DAY_PARTS = ['ochtend', 'middag', 'avond'] as const
export type Weekday = (typeof WEEKDAYS)[number]
export type DayPart = (typeof DAY_PARTS)[number]
export type Slot = `${Weekday}-${DayPart}`

export const SLOTS: Slot[] = WEEKDAYS.flatMap((day) => DAY_PARTS.map((part) => `${day}-${part}` as Slot))

const DAY_LABELS: Record<Weekday, { nl: string; en: string }> = {
  ma: { nl: 'maandag', en: 'Monday' },
  di: { nl: 'dinsdag', en: 'Tuesday' },
  wo: { nl: 'woensdag', en: 'Wednesday' },
  do: { nl: 'donderdag', en: 'Thursday' },
  vr: { nl: 'vrijdag', en: 'Friday' },
}
const PART_LABELS: Record<DayPart, { nl: string; en: string }> = {
  ochtend: { nl: 'ochtend', en: 'morning' },
  middag: { nl: 'middag', en: 'afternoon' },
  avond: { nl: 'avond', en: 'evening' },
}

export const isSlot = (value: string): value is Slot => (SLOTS as string[]).includes(value)

export const dayLabel = (day: Weekday, language: 'nl' | 'en' = 'nl') => DAY_LABELS[day][language]
export const partLabel = (part: DayPart, language: 'nl' | 'en' = 'nl') => PART_LABELS[part][language]

export function slotLabel(slot: Slot, language: 'nl' | 'en' = 'nl'): string {
  const [day, part] = slot.split('-') as [Weekday, DayPart]
  return `${DAY_LABELS[day][language]}${language === 'nl' ? '' : ' '}${PART_LABELS[part][language]}`
}

/** One candidate in a pool: the order of sign-up decides who goes first. */
export type Candidate = {
  memberId: string
  availability: readonly string[]
  onlineAllowed: boolean
  signedUpAt: string
}

export type GroupChoice = { slot: Slot; memberIds: string[]; online: boolean }

/**
 * The largest group (at most `max`) whose members share one weekday part. Ties go
 * to the part that serves the longest-waiting sign-ups; within a part the earliest
 * sign-ups are taken first, so nobody is overtaken by a later sign-up with the same
 * availability. Returns null when no part is shared by at least `min` candidates.
 */
export function chooseMembers(pool: readonly Candidate[], min: number, max: number): GroupChoice | null {
  const ordered = [...pool].sort(
    (a, b) => a.signedUpAt.localeCompare(b.signedUpAt) || a.memberId.localeCompare(b.memberId),
  )
  let best: { slot: Slot; members: Candidate[]; waitScore: number } | null = null
  for (const slot of SLOTS) {
    const members = uniqueMembers(ordered.filter((candidate) => candidate.availability.includes(slot))).slice(0, max)
    if (members.length < min || members.length === 0) continue
    // Lower is better: the sum of positions in the queue of who would be placed.
    const waitScore = members.reduce((sum, member) => sum + ordered.indexOf(member), 0) / members.length
    if (
      !best ||
      members.length > best.members.length ||
      (members.length === best.members.length && waitScore < best.waitScore)
    ) {
      best = { slot, members, waitScore }
    }
  }
  if (!best) return null
  return {
    slot: best.slot,
    memberIds: best.members.map((m) => m.memberId),
    online: best.members.every((m) => m.onlineAllowed),
  }
}

/** Candidates that can fill places in an existing group meeting on `slot`, in queue order. */
export function candidatesForSlot(
  pool: readonly Candidate[],
  slot: Slot,
  count: number,
  exclude: readonly string[] = [],
): Candidate[] {
  const ordered = [...pool].sort(
    (a, b) => a.signedUpAt.localeCompare(b.signedUpAt) || a.memberId.localeCompare(b.memberId),
  )
  return uniqueMembers(ordered.filter((c) => c.availability.includes(slot) && !exclude.includes(c.memberId))).slice(
    0,
    Math.max(0, count),
  )
}

function uniqueMembers(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>()
  return candidates.filter((c) => (seen.has(c.memberId) ? false : (seen.add(c.memberId), true)))
}
