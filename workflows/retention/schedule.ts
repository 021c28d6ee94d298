import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client'
import { config } from '../../src/config'

export const RETENTION_SCHEDULE_ID = 'retention-nightly'

/** The nightly retention run (workflow.ts), created at worker start; a second create is refused, which is fine. */
export async function ensureRetentionSchedule(client: Client, taskQueue = config.TEMPORAL_TASK_QUEUE) {
  try {
    await client.schedule.create({
      scheduleId: RETENTION_SCHEDULE_ID,
      spec: { calendars: [{ hour: 3, minute: 30 }], timezone: 'Europe/Amsterdam' },
      action: { type: 'startWorkflow', workflowType: 'retentionRun', taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    })
    return 'created' as const
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'exists' as const
    throw error
  }
}
