import type { Client } from '@temporalio/client'
import { config } from '../../src/config'
import { temporalClient } from '../client'
import { signalWithStartOnce } from '../signalWithStart'
import { workflows } from '../references'
import { type PublishingSchedule, publishingWorkflowId, rescheduleSignal } from './messages'

let override: Client | null = null

/** Tests and benchmarks point scheduling at their own Temporal server. */
export function usePublishingClient(client: Client | null) {
  override = client
}

/**
 * Hands the article's plan to its `publish-article-<id>` workflow: starts it, or
 * signals the running one with the new dates. Safe to call twice with the same plan.
 */
export async function schedulePublishing(schedule: PublishingSchedule): Promise<{ workflowId: string }> {
  const client = override ?? (await temporalClient())
  const workflowId = publishingWorkflowId(schedule.articleId)
  await signalWithStartOnce(() =>
    client.workflow.signalWithStart(workflows.articlePublishing, {
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      workflowId,
      args: [schedule],
      signal: rescheduleSignal,
      signalArgs: [schedule],
    }),
  )
  return { workflowId }
}
