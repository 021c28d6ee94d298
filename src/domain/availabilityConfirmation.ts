/**
 * "Ghost" availability: a therapist listed as free who has no place. Each active therapist
 * re-confirms capacity and availability every `CONFIRM_EVERY_DAYS`; ranking leaves out whoever
 * has not confirmed for more than `STALE_AFTER_DAYS`. Pure logic, the clock is passed in.
 */
export const CONFIRM_EVERY_DAYS = 14
export const STALE_AFTER_DAYS = 30

const DAY = 24 * 60 * 60 * 1000

/** Whole days since the confirmation; null when there is no (valid) date. */
export function daysSinceConfirmation(confirmedAt: string | null | undefined, now: Date): number | null {
  if (!confirmedAt) return null
  const at = new Date(confirmedAt).getTime()
  if (Number.isNaN(at)) return null
  return Math.floor((now.getTime() - at) / DAY)
}

/** Older than `days` (or never confirmed): not to be trusted as available. */
export function isStale(confirmedAt: string | null | undefined, now: Date, days = STALE_AFTER_DAYS): boolean {
  const since = daysSinceConfirmation(confirmedAt, now)
  return since === null || since > days
}

/** Due for a new request to confirm: the last confirmation is `everyDays` or more ago. */
export function isDueForConfirmation(
  confirmedAt: string | null | undefined,
  now: Date,
  everyDays = CONFIRM_EVERY_DAYS,
): boolean {
  const since = daysSinceConfirmation(confirmedAt, now)
  return since === null || since >= everyDays
}

/** The Dutch reason ranking gives for leaving a therapist out. */
export function staleReason(confirmedAt: string | null | undefined, now: Date): string {
  const since = daysSinceConfirmation(confirmedAt, now)
  return since === null
    ? 'beschikbaarheid nooit bevestigd'
    : `beschikbaarheid ${since} dagen niet bevestigd (meer dan ${STALE_AFTER_DAYS})`
}
