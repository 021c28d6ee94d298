import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client'
import { type Decision, type MemberApprovalState, decideUpdate, decisionProblem, memberApprovalWorkflowId } from '../../workflows/member-approval/messages'

export type DecideResult = { ok: true; state: MemberApprovalState } | { ok: false; status: 400 | 404 | 409; message: string }

/** Staff decide on a sign-up through the workflow's validated `decide` update. */
export async function decideMember(client: Client, memberId: string, decision: Decision): Promise<DecideResult> {
  const problem = decisionProblem(decision)
  if (problem) return { ok: false, status: 400, message: problem }
  try {
    const handle = client.workflow.getHandle(memberApprovalWorkflowId(memberId))
    const state = await handle.executeUpdate(decideUpdate, { args: [decision] })
    return { ok: true, state }
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) {
      return { ok: false, status: 404, message: 'Er loopt geen goedkeuring voor deze behandelaar (meer).' }
    }
    if (error instanceof WorkflowUpdateFailedError) {
      return { ok: false, status: 409, message: error.cause?.message ?? 'Dit besluit kon niet worden verwerkt.' }
    }
    throw error
  }
}
