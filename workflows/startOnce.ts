import {
  type Client,
  type WorkflowStartOptions,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/client'
import { WorkflowIdReusePolicy } from '@temporalio/common'
import type { Workflow } from '@temporalio/common'

export type Started = { workflowId: string; alreadyRunning: boolean }

/**
 * Starts a workflow whose id is a business id (`matching-<requestId>`) at most once: a second
 * start (double click, retry) is a no-op, and even a finished run blocks a new one, because the
 * thing it is about (a request, a member, an enrolment) is handled once.
 *
 * A start that throws is not proof that nothing started: the server may have accepted it and
 * the answer got lost (a deadline that ran out, a dropped connection). Callers delete the
 * document they wrote for the run when the start throws, so before throwing we ask the server;
 * if the run exists, the start counts as done and the document stays with its run.
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
    if (await runExists(client, workflowId)) return { workflowId, alreadyRunning: false }
    throw error
  }
}

/**
 * Whether the server knows a run of `workflowId` (by `describe`). Only a positive answer counts:
 * when the server cannot be asked either, the start most likely never reached it.
 */
export async function runExists(client: Client, workflowId: string): Promise<boolean> {
  try {
    await client.workflow.getHandle(workflowId).describe()
    return true
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError))
      console.warn(`startOnce: could not ask whether ${workflowId} runs after its start failed`, error)
    return false
  }
}
