import type { DayPart, Slot, Weekday } from './availability'
import { TIME_ZONE } from './dates'

/** The session norms of domain.md, as edited by staff in Settings → groups. */
export type ScheduleNorms = {
  supervision: { sessions: number; intervalWeeks: number; minutesBySize: number[] }
  intervision: { meetingsPerYear: number; minutes: number }
}

export const DEFAULT_SCHEDULE_NORMS: ScheduleNorms = {
  // LVSC: 1 h for one supervisee, 1.5 h for 2, 2 h for 3, 2.5 h for 4.
  supervision: { sessions: 10, intervalWeeks: 2, minutesBySize: [60, 90, 120, 150] },
  // At least 4 meetings a year of at least 1.5 h.
  intervision: { meetingsPerYear: 4, minutes: 90 },
}

export type GroupKind = 'supervision' | 'intervision'
export type PlannedSession = { startsAt: string; durationMinutes: number }

/** Session length by group size (supervision) or the fixed meeting length (intervision). */
export function sessionMinutes(kind: GroupKind, size: number, norms: ScheduleNorms = DEFAULT_SCHEDULE_NORMS): number {
  if (kind === 'intervision') return norms.intervision.minutes
  const table = norms.supervision.minutesBySize
  return table[Math.min(Math.max(size, 1), table.length) - 1]!
}

const WEEKDAY_INDEX: Record<Weekday, number> = { ma: 1, di: 2, wo: 3, do: 4, vr: 5 }
const START_TIME: Record<DayPart, [number, number]> = { ochtend: [9, 30], middag: [13, 30], avond: [19, 0] }

/**
 * The dates of a group's sessions: the first on the group's weekday part at least
 * `leadDays` after `from`, then every interval (supervision: the LVSC interval;
 * intervision: the year divided over the meetings). Times are Dutch local time.
 */
export function planSessions(
  kind: GroupKind,
  size: number,
  slot: Slot,
  from: Date,
  norms: ScheduleNorms = DEFAULT_SCHEDULE_NORMS,
  leadDays = 7,
): PlannedSession[] {
  const [day, part] = slot.split('-') as [Weekday, DayPart]
  const count = kind === 'supervision' ? norms.supervision.sessions : norms.intervision.meetingsPerYear
  const intervalDays =
    kind === 'supervision'
      ? norms.supervision.intervalWeeks * 7
      : Math.floor(52 / Math.max(1, norms.intervision.meetingsPerYear)) * 7
  const durationMinutes = sessionMinutes(kind, size, norms)
  const first = firstLocalDate(from, leadDays, WEEKDAY_INDEX[day])
  const [hour, minute] = START_TIME[part]
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + index * intervalDays))
    return {
      startsAt: amsterdamToUtc(
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        hour,
        minute,
      ).toISOString(),
      durationMinutes,
    }
  })
}

/** Hours of supervision a session counts for (attended sessions → certification). */
export const sessionHours = (durationMinutes: number) => Math.round((durationMinutes / 60) * 100) / 100

function firstLocalDate(from: Date, leadDays: number, isoWeekday: number) {
  const start = new Date(from.getTime() + leadDays * 86_400_000)
  const local = localParts(start)
  const base = new Date(Date.UTC(local.year, local.month - 1, local.day))
  const weekday = base.getUTCDay() === 0 ? 7 : base.getUTCDay()
  base.setUTCDate(base.getUTCDate() + ((isoWeekday - weekday + 7) % 7))
  return { year: base.getUTCFullYear(), month: base.getUTCMonth() + 1, day: base.getUTCDate() }
}

export function localParts(date: Date) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') }
}

/** Dutch wall-clock time → the UTC instant (handles summer and winter time). */
export function amsterdamToUtc(year: number, month: number, day: number, hour: number, minute: number): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute)
  let guess = wanted - 60 * 60 * 1000
  for (let i = 0; i < 3; i++) {
    const seen = localParts(new Date(guess))
    const seenAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute)
    guess += wanted - seenAsUtc
  }
  return new Date(guess)
}

/** "di 14 okt 2025 13:30" in Dutch local time, for mails. */
export function formatSessionDate(iso: string, language: 'nl' | 'en' = 'nl'): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))
}
