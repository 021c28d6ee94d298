import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow'
import type { createMemberApprovalActivities } from './activities'
import {
  type Decision,
  type MemberApprovalInput,
  type MemberApprovalState,
  approvalStateQuery,
  decideUpdate,
  decisionProblem,
} from './messages'

const activities = proxyActivities<ReturnType<typeof createMemberApprovalActivities>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
})

/**
 * A therapist signed up: staff are told, reminded while nobody decides, and the
 * decision (a validated update) activates or rejects the member and mails them.
 */
export async function memberApproval({ memberId }: MemberApprovalInput): Promise<MemberApprovalState> {
  const state: MemberApprovalState = { memberId, status: 'waiting', remindersSent: 0 }
  let decision: Decision | undefined

  setHandler(approvalStateQuery, () => state)
  setHandler(
    decideUpdate,
    async (incoming) => {
      decision = incoming
      state.status = 'deciding'
      state.decision = incoming
      // Answer only once the member is activated or rejected, so the caller sees the outcome.
      await condition(() => state.status === 'approved' || state.status === 'rejected')
      return state
    },
    {
      validator: (incoming) => {
        if (decision) throw new Error('Over deze aanmelding is al besloten.')
        const problem = decisionProblem(incoming)
        if (problem) throw new Error(problem)
      },
    },
  )

  const { reminderAfterHours } = await activities.approvalSettings()
  await activities.notifyStaffOfSignUp(memberId)

  while (!decision) {
    const decided = await condition(() => decision !== undefined, `${reminderAfterHours} hours`)
    if (!decided) {
      state.remindersSent += 1
      await activities.remindStaff(memberId, state.remindersSent, reminderAfterHours * state.remindersSent)
    }
  }

  const outcome = await activities.recordDecision(memberId, decision)
  await activities.mailDecision(memberId)
  state.status = outcome
  await condition(allHandlersFinished)
  return state
}
