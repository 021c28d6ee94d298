import type { Client } from '@temporalio/client'
import { config } from '../../src/config'
import { temporalClient } from '../client'
import { workflows } from '../references'
import { type Started, startOnce } from '../startOnce'
import { certificationWorkflowId } from './messages'

/** Starts the certification of one enrolment; one path per enrolment, so a second start (even after the end) is a no-op. */
export async function startCertification(enrollmentId: string, client?: Client, taskQueue = config.TEMPORAL_TASK_QUEUE): Promise<Started> {
  return startOnce(client ?? (await temporalClient()), workflows.certification, {
    taskQueue,
    workflowId: certificationWorkflowId(enrollmentId),
    args: [{ enrollmentId }],
  })
}
