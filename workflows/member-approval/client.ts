import type { Client } from '@temporalio/client'
import { config } from '../../src/config'
import { temporalClient } from '../client'
import { workflows } from '../references'
import { type Started, startOnce } from '../startOnce'
import { sendUpdate } from '../updateResult'
import {
  type Decision,
  type MemberApprovalInput,
  type MemberApprovalState,
  decideUpdate,
  decisionProblem,
  memberApprovalWorkflowId,
} from './messages'

/** Starts member approval; a member is decided once, so a second start (even after the end) is a no-op. */
export async function startMemberApproval(input: MemberApprovalInput, client?: Client): Promise<Started> {
  return startOnce(client ?? (await temporalClient()), workflows.memberApproval, {
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowId: memberApprovalWorkflowId(input.memberId),
    args: [input],
  })
}

export type DecideResult =
  { ok: true; state: MemberApprovalState } | { ok: false; status: 400 | 403 | 404 | 409; message: string }

const refusals = {
  notFound: 'Er loopt geen goedkeuring voor deze behandelaar (meer).',
  fallback: 'Dit besluit kon niet worden verwerkt.',
}

/** Staff decide on a sign-up through the workflow's validated `decide` update. */
export async function decideMember(client: Client, memberId: string, decision: Decision): Promise<DecideResult> {
  const problem = decisionProblem(decision)
  if (problem) return { ok: false, status: 400, message: problem }
  const result = await sendUpdate(client, memberApprovalWorkflowId(memberId), decideUpdate, [decision], refusals)
  if (!result.ok)
    return {
      ok: false,
      status: result.status === 403 ? 403 : result.status === 404 ? 404 : 409,
      message: result.message,
    }
  return { ok: true, state: result.value }
}
