import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client'
import { config } from '../../src/config'

export const AVAILABILITY_SCHEDULE_ID = 'availability-confirm-round'

/**
 * The daily availability round (workflow.ts), created at worker start. Creating it again is
 * harmless: Temporal refuses a second schedule with the id, which is what we want. Daily, not
 * every 14 days: the round asks each therapist on their own fortnight (the activity's periods).
 */
export async function ensureAvailabilitySchedule(client: Client, taskQueue = config.TEMPORAL_TASK_QUEUE) {
  try {
    await client.schedule.create({
      scheduleId: AVAILABILITY_SCHEDULE_ID,
      spec: { calendars: [{ hour: 7, minute: 0 }], timezone: 'Europe/Amsterdam' },
      action: { type: 'startWorkflow', workflowType: 'availabilityRound', taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    })
    return 'created' as const
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'exists' as const
    throw error
  }
}
