import { defineQuery, defineUpdate } from '@temporalio/workflow'

/** Messages of the member-approval workflow, shared by workflow, client, portal and tests. */
export type MemberApprovalInput = { memberId: string }

export type Decision = {
  decision: 'approve' | 'reject'
  /** Required when rejecting: the therapist is told why. */
  reason?: string
  /** The staff user who decided, for the audit trail. */
  decidedBy: string
}

export type MemberApprovalState = {
  memberId: string
  /** `ended`: the member was deleted before a decision was carried out (see endReason). */
  status: 'waiting' | 'deciding' | 'approved' | 'rejected' | 'ended'
  endReason?: string
  remindersSent: number
  decision?: Decision
}

export const decideUpdate = defineUpdate<MemberApprovalState, [Decision]>('decide')
export const approvalStateQuery = defineQuery<MemberApprovalState>('state')

export const memberApprovalWorkflowId = (memberId: string) => `member-approval-${memberId}`

/** Validation shared by the update validator and the HTTP edge; messages are Dutch for staff. */
export function decisionProblem(decision: Decision): string | null {
  if (decision.decision !== 'approve' && decision.decision !== 'reject') return 'Kies goedkeuren of afwijzen.'
  if (!decision.decidedBy) return 'Onbekend wie dit besluit neemt.'
  if (decision.decision === 'reject' && (decision.reason ?? '').trim().length < 5)
    return 'Geef bij afwijzen een reden van minstens 5 tekens; de behandelaar krijgt die te lezen.'
  return null
}
