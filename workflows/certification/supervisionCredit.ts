import { getExternalWorkflowHandle, proxyActivities } from '@temporalio/workflow'
import type { createCertificationActivities } from './activities'
import { type SupervisionHours, addSupervisionHoursSignal } from './messages'

const { certificationsForSupervision } = proxyActivities<ReturnType<typeof createCertificationActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
})

/**
 * For use INSIDE another workflow (the supervision group): credits one attended
 * session's hours to every running certification of the member that still needs
 * supervision hours. Safe to call again with the same key: it never counts twice.
 *
 *   await creditSupervisionHours({ key: `supervision:${groupId}:${session}:${memberId}`, hours: 1.5, memberId, groupId })
 */
export async function creditSupervisionHours(credit: SupervisionHours): Promise<number> {
  const workflowIds = await certificationsForSupervision(credit.memberId)
  let credited = 0
  for (const workflowId of workflowIds) {
    // A run that closed meanwhile (ended, certified) no longer counts hours: skip it.
    await getExternalWorkflowHandle(workflowId)
      .signal(addSupervisionHoursSignal, credit)
      .then(() => (credited += 1))
      .catch(() => undefined)
  }
  return credited
}
