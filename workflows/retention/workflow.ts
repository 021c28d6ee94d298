import { proxyActivities } from '@temporalio/workflow'
import type { createRetentionActivities } from './activities'

const activities = proxyActivities<ReturnType<typeof createRetentionActivities>>({
  startToCloseTimeout: '5 minutes',
  scheduleToCloseTimeout: '6 hours',
})

/** Requests per activity: a retry redoes at most one batch (harmlessly: anonymising is idempotent). */
const BATCH = 50

/**
 * One nightly retention run, started by the retention schedule (schedule.ts): anonymises every
 * request closed longer ago than the retention setting (src/domain/retention.ts). The audit log
 * has a line per request; the result says how many were due and how many this run marked.
 */
export async function retentionRun(): Promise<{ due: number; anonymised: number }> {
  const at = new Date(Date.now()).toISOString()
  const due = await activities.requestsDueForAnonymising(at)
  let anonymised = 0
  for (let start = 0; start < due.length; start += BATCH)
    anonymised += await activities.anonymiseRequests(due.slice(start, start + BATCH), at)
  return { due: due.length, anonymised }
}
