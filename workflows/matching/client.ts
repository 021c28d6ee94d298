import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client'
import { WorkflowIdReusePolicy } from '@temporalio/common'
import { config } from '../../src/config'
import { temporalClient } from '../client'
import { workflows } from '../references'
import { matchingWorkflowId } from './messages'

/** Starts matching for a request; a second start (double click, retry) is a no-op. */
export async function startMatching(requestId: string, client?: Client): Promise<{ workflowId: string; alreadyRunning: boolean }> {
  const workflowId = matchingWorkflowId(requestId)
  const temporal = client ?? (await temporalClient())
  try {
    await temporal.workflow.start(workflows.matching, {
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      workflowId,
      args: [{ requestId }],
      // A request is matched once: a finished run blocks a second one too.
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    })
    return { workflowId, alreadyRunning: false }
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, alreadyRunning: true }
    throw error
  }
}
