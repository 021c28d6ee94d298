import type { Client } from '@temporalio/client'
import type { UpdateDefinition } from '@temporalio/common'
import type { ActionResult } from '../../src/actionResult'
import { config } from '../../src/config'
import { temporalClient } from '../client'
import { workflows } from '../references'
import { type Started, startOnce } from '../startOnce'
import { sendUpdate, viaUpdate } from '../updateResult'
import { type MatchingState, NOT_YOUR_OFFER, matchingStateQuery, matchingWorkflowId } from './messages'

/** Starts matching for a request; a second start (double click, retry) is a no-op. */
export async function startMatching(requestId: string, client?: Client): Promise<Started> {
  return startOnce(client ?? (await temporalClient()), workflows.matching, {
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowId: matchingWorkflowId(requestId),
    args: [{ requestId }],
  })
}

const refusals = { notFound: 'Er loopt geen matching (meer) voor deze aanvraag.', forbidden: [NOT_YOUR_OFFER] }

/** Sends one of the matching updates (messages.ts) to the request's run; a refusal becomes its HTTP answer. */
export function updateMatching<Ret, Arg>(
  client: Client,
  requestId: string,
  update: UpdateDefinition<Ret, [Arg]>,
  arg: Arg,
): Promise<ActionResult<Ret>> {
  return sendUpdate(client, matchingWorkflowId(requestId), update, [arg], refusals)
}

/** The live state of the request's run (the portal's timeline). */
export function matchingState(client: Client, requestId: string): Promise<ActionResult<MatchingState>> {
  return viaUpdate(() => client.workflow.getHandle(matchingWorkflowId(requestId)).query(matchingStateQuery), refusals)
}
