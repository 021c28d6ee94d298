/**
 * When the renewal reminders of one cycle go out (pure: the certification workflow plans its
 * timers with it). Days before validUntil, each once, earliest moment first.
 */
export const DEFAULT_RENEWAL_REMINDER_DAYS = [180, 90, 30] as const

export type ReminderMoment = { daysBefore: number; at: string }

export function renewalReminderMoments(validUntil: string, daysBefore: readonly number[]): ReminderMoment[] {
  const end = Date.parse(validUntil)
  return [...new Set(daysBefore.filter((d) => Number.isInteger(d) && d > 0))]
    .sort((a, b) => b - a)
    .map((d) => ({ daysBefore: d, at: new Date(end - d * 86_400_000).toISOString() }))
}
