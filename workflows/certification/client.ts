import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client'
import { WorkflowIdReusePolicy } from '@temporalio/common'
import { config } from '../../src/config'
import { temporalClient } from '../client'
import { workflows } from '../references'
import { certificationWorkflowId } from './messages'

/** Starts the certification of one enrolment; a second start for the same enrolment is a no-op. */
export async function startCertification(enrollmentId: string, client?: Client, taskQueue = config.TEMPORAL_TASK_QUEUE): Promise<{ workflowId: string; alreadyRunning: boolean }> {
  const workflowId = certificationWorkflowId(enrollmentId)
  const temporal = client ?? (await temporalClient())
  try {
    await temporal.workflow.start(workflows.certification, {
      taskQueue,
      workflowId,
      args: [{ enrollmentId }],
      // One path per enrolment: even a finished run blocks a second one.
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    })
    return { workflowId, alreadyRunning: false }
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, alreadyRunning: true }
    throw error
  }
}
