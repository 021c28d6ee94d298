import { proxyActivities } from '@temporalio/workflow'
import type { createAvailabilityActivities } from './activities'

const activities = proxyActivities<ReturnType<typeof createAvailabilityActivities>>({
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '1 hour',
})

/**
 * One round of "is your availability still right?", started daily by the availability schedule
 * (schedule.ts): mails every active therapist whose confirmation is due, once per period (the
 * activity's mail key), so a retried or repeated round mails nobody twice.
 */
export async function availabilityRound(): Promise<{ mailed: string[] }> {
  const round = new Date(Date.now()).toISOString()
  const mailed: string[] = []
  for (const due of await activities.membersDueForConfirmation(round)) {
    if ((await activities.mailAvailabilityConfirm(due, round)) === 'sent') mailed.push(due.memberId)
  }
  return { mailed }
}
