import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow'
import { durable, endsBecauseGone, isSubjectGone } from '../failures/steps'
import type { createMemberApprovalActivities } from './activities'
import {
  type Decision,
  type MemberApprovalInput,
  type MemberApprovalState,
  approvalStateQuery,
  decideUpdate,
  decisionProblem,
} from './messages'

// Staff wait on these steps, nobody waits in an HTTP request: bounded at an hour, then staff are told.
// A deleted member ends the run (below); anything else that fails for good waits for a repair.
const activities = durable(
  proxyActivities<ReturnType<typeof createMemberApprovalActivities>>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: '1 hour',
    retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
  }),
  {
    process: 'member-approval',
    onPermanent: (type) => (isSubjectGone(type) ? 'throw' : 'wait'),
    transientPause: '1 hour',
    permanentPause: '1 day',
  },
)

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
      await condition(() => state.status !== 'deciding')
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

  try {
    await approve()
  } catch (error) {
    const reason = 'De aanmelding bestaat niet meer (het profiel is verwijderd).'
    if (!(await endsBecauseGone(error, { process: 'member-approval', step: 'aanmelding', reason }))) throw error
    state.status = 'ended'
    state.endReason = reason
  }
  await condition(allHandlersFinished)
  return state

  async function approve() {
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
  }
}
