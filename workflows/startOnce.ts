import { type Client, type WorkflowStartOptions, WorkflowExecutionAlreadyStartedError } from '@temporalio/client'
import { WorkflowIdReusePolicy } from '@temporalio/common'
import type { Workflow } from '@temporalio/common'

export type Started = { workflowId: string; alreadyRunning: boolean }

/**
 * Starts a workflow whose id is a business id (`matching-<requestId>`) at most once: a second
 * start (double click, retry) is a no-op, and even a finished run blocks a new one, because the
 * thing it is about (a request, a member, an enrolment) is handled once.
 */
export async function startOnce<W extends Workflow>(
  client: Client,
  workflow: W,
  options: WorkflowStartOptions<W>,
): Promise<Started> {
  const { workflowId } = options
  try {
    await client.workflow.start(workflow, { ...options, workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE })
    return { workflowId, alreadyRunning: false }
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, alreadyRunning: true }
    throw error
  }
}
