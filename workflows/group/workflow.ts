import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  proxyActivities,
  setHandler,
  sleep,
} from '@temporalio/workflow'
import { sessionHours } from '../../src/domain/schedule'
import { creditSupervisionHours } from '../certification/supervisionCredit'
import type { PoolEntry } from '../group-formation/messages'
import { groupClosedSignal, needMembersSignal, releaseMembersSignal } from '../group-formation/messages'
import { durable } from '../failures/steps'
import type { createGroupActivities } from './activities'
import {
  type GroupInput,
  type GroupState,
  type Participant,
  type SupervisorResponse,
  type StaffAssignment,
  assignSupervisorUpdate,
  assignmentProblem,
  attendanceProblem,
  dropOutProblem,
  dropOutUpdate,
  groupStateQuery,
  membersAddedSignal,
  recordAttendanceUpdate,
  respondUpdate,
  responseProblem,
  supervisorResponseProblem,
  supervisorResponseUpdate,
} from './messages'

type GroupActivities = ReturnType<typeof createGroupActivities>
// A group lives a year: a step that fails past its bound, or for good, waits and tells staff (failures/steps.ts).
const rawActivities = durable(
  proxyActivities<GroupActivities>({
    startToCloseTimeout: '2 minutes',
    scheduleToCloseTimeout: '1 hour',
    retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
  }),
  { process: 'group', onPermanent: () => 'wait', transientPause: '1 hour', permanentPause: '1 day' },
)

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/**
 * One group from proposal to its last session: members confirm (or are replaced from
 * the pool), a supervisor is found (supervision), the schedule is planned and mailed,
 * attendance is recorded (supervision hours go to certification), and places freed
 * by drop-outs are filled from the waiting list.
 */
export async function groupLifecycle(input: GroupInput): Promise<GroupState> {
  const { groupId, kind } = input
  const participants: Participant[] = []
  const incoming: PoolEntry[] = []
  const state: GroupState = {
    groupId,
    kind,
    phase: 'confirming',
    targetSize: input.targetSize,
    participants: [],
    supervisor: { declined: [], staffTold: false },
    sessions: [],
  }
  let replyPending = false
  let closed = false
  let supervisorResponse: SupervisorResponse | undefined
  let staffAssignment: StaffAssignment | undefined

  const withStatus = (...statuses: Participant['status'][]) => participants.filter((p) => statuses.includes(p.status))
  const confirmedCount = () => withStatus('confirmed').length
  const pendingCount = () => withStatus('pending').length
  const snapshot = (): GroupState => ({
    ...state,
    participants: participants.map(({ entry: _entry, ...rest }) => rest),
  })
  const pool = getExternalWorkflowHandle(input.formationWorkflowId)

  // One writer per group document: update handlers and the main flow run their
  // activities one after another, so two read-modify-writes never interleave.
  let writing: Promise<unknown> = Promise.resolve()
  const activities = new Proxy(rawActivities, {
    get:
      (target, name) =>
      (...args: unknown[]) => {
        const run = writing.then(() =>
          (target[name as keyof GroupActivities] as (...a: unknown[]) => Promise<unknown>)(...args),
        )
        writing = run.catch(() => undefined)
        return run
      },
  }) as GroupActivities

  /** Tells the pool how this group stands and how many places it wants filled. */
  async function reportToPool() {
    const mayFill = state.phase !== 'finished' && state.phase !== 'cancelled'
    const count = mayFill ? Math.max(0, state.targetSize - confirmedCount() - pendingCount()) : 0
    replyPending = count > 0
    await pool
      .signal(needMembersSignal, {
        groupId,
        slot: input.slot,
        status:
          state.phase === 'waiting-for-staff'
            ? 'seeking-supervisor'
            : state.phase === 'finished' || state.phase === 'cancelled'
              ? 'running'
              : state.phase,
        count,
        minSize: settings.minSize,
        memberIds: withStatus('pending', 'confirmed').map((p) => p.memberId),
        knownMemberIds: participants.map((p) => p.memberId),
        confirmed: confirmedCount(),
      })
      .catch(() => (replyPending = false))
  }

  async function propose(entries: PoolEntry[]) {
    const fresh = entries.filter((entry) => !participants.some((p) => p.memberId === entry.memberId))
    if (fresh.length === 0) return
    const respondBy = new Date(Date.now() + settings.confirmationHours * HOUR).toISOString()
    for (const entry of fresh)
      participants.push({ memberId: entry.memberId, signupId: entry.signupId, status: 'pending', respondBy, entry })
    await activities.proposeMembership(
      groupId,
      fresh.map((e) => e.signupId),
      respondBy,
    )
  }

  /** Who declined or let the deadline pass goes back to the pool, not to be proposed here again. */
  async function release(released: Participant[]) {
    if (released.length === 0) return
    // Until the pool has answered, the group does not go on with fewer members.
    replyPending = true
    await activities.returnToPool(
      groupId,
      released.map((p) => ({ signupId: p.signupId, status: p.status as 'declined' | 'expired' })),
    )
    await pool
      .signal(releaseMembersSignal, { groupId, entries: released.map((p) => p.entry), exclude: true })
      .catch(() => undefined)
    await reportToPool()
  }

  setHandler(groupStateQuery, snapshot)
  setHandler(membersAddedSignal, ({ entries }) => {
    incoming.push(...entries)
    replyPending = false
  })
  setHandler(
    respondUpdate,
    async ({ memberId, accept }) => {
      const participant = participants.find((p) => p.memberId === memberId)!
      participant.status = accept ? 'confirmed' : 'declined'
      await activities.recordGroupResponse(groupId, participant.signupId, accept)
      if (!accept) await release([participant])
      else if (state.phase === 'scheduled' || state.phase === 'running')
        await activities.joinScheduledGroup(groupId, participant.signupId)
      else await reportToPool()
      return snapshot()
    },
    { validator: (response) => throwIf(responseProblem(snapshot(), response)) },
  )
  setHandler(
    supervisorResponseUpdate,
    async (response) => {
      supervisorResponse = response
      await condition(() => state.supervisor.offeredTo !== response.supervisorId)
      return snapshot()
    },
    { validator: (response) => throwIf(supervisorResponseProblem(snapshot(), response)) },
  )
  setHandler(
    assignSupervisorUpdate,
    async (assignment) => {
      staffAssignment = assignment
      await condition(() => state.supervisor.assigned !== undefined)
      return snapshot()
    },
    { validator: (_assignment) => throwIf(assignmentProblem(snapshot())) },
  )
  setHandler(
    recordAttendanceUpdate,
    async (attendance) => {
      state.sessions[attendance.sessionIndex]!.recorded = true
      await activities.recordGroupAttendance(
        groupId,
        attendance.sessionIndex,
        attendance.presentMemberIds,
        attendance.recordedBy,
      )
      if (kind === 'supervision') await creditAttendedHours(attendance.sessionIndex, attendance.presentMemberIds)
      if (state.phase === 'scheduled') state.phase = 'running'
      return snapshot()
    },
    { validator: (attendance) => throwIf(attendanceProblem(snapshot(), attendance, Date.now())) },
  )
  setHandler(
    dropOutUpdate,
    async ({ memberId }) => {
      const participant = participants.find((p) => p.memberId === memberId)!
      participant.status = 'dropped-out'
      await activities.recordDropOut(groupId, participant.signupId)
      // The freed place goes to the waiting list of this pool.
      await reportToPool()
      return snapshot()
    },
    { validator: (dropOut) => throwIf(dropOutProblem(snapshot(), dropOut)) },
  )

  const settings = await activities.groupSettings(kind)
  await propose(input.members)

  // Background: new members from the pool are proposed; lapsed proposals go back.
  const intake = (async () => {
    while (!closed) {
      await condition(() => closed || incoming.length > 0)
      const batch = incoming.splice(0)
      if (batch.length > 0) await propose(batch)
    }
  })()
  const expiry = (async () => {
    while (!closed) {
      const deadlines = withStatus('pending').map((p) => Date.parse(p.respondBy!))
      if (deadlines.length === 0) {
        await condition(() => closed || pendingCount() > 0)
        continue
      }
      const next = Math.min(...deadlines)
      const waitMs = next - Date.now()
      if (waitMs > 0)
        await condition(
          () => closed || Math.min(...withStatus('pending').map((p) => Date.parse(p.respondBy!)), Infinity) !== next,
          waitMs,
        )
      const lapsed = withStatus('pending').filter((p) => Date.parse(p.respondBy!) <= Date.now())
      lapsed.forEach((p) => (p.status = 'expired'))
      await release(lapsed)
    }
  })()

  // 1. Confirmation: everyone answers; gaps are filled from the pool while it has fitting sign-ups.
  const ready = () =>
    pendingCount() === 0 &&
    incoming.length === 0 &&
    (confirmedCount() >= state.targetSize || (confirmedCount() >= settings.minSize && !replyPending))
  const stuck = () =>
    pendingCount() === 0 && incoming.length === 0 && !replyPending && confirmedCount() < settings.minSize
  let cancelled = false
  while (!ready()) {
    await condition(() => ready() || stuck())
    if (ready()) break
    // Below the minimum and nobody fitting in the pool: wait for new sign-ups, but not forever.
    const recovered = await condition(() => !stuck(), settings.belowMinimumDays * DAY)
    if (!recovered) {
      cancelled = true
      break
    }
  }
  if (cancelled) return await close('cancelled')
  if (confirmedCount() < state.targetSize) state.targetSize = confirmedCount()

  // 2. Supervision needs a supervisor: offered one by one, then staff.
  if (kind === 'supervision') {
    state.phase = 'seeking-supervisor'
    await activities.setGroupStatus(groupId, 'seeking-supervisor')
    await reportToPool()
    await findSupervisor()
  }

  // 3. Schedule by the norms, mail everyone the dates (.ics attached).
  const sessions = await activities.scheduleGroup(groupId, new Date(Date.now()).toISOString())
  state.sessions = sessions.map((s) => ({ ...s, recorded: false }))
  state.phase = 'scheduled'
  await activities.mailSchedule(groupId)
  await reportToPool()

  // 4. Running until some days after the last session (late attendance still counts).
  const first = Date.parse(sessions[0]!.startsAt)
  if (first > Date.now()) await condition(() => state.phase === 'running', first - Date.now())
  if (state.phase === 'scheduled') state.phase = 'running'
  await activities.setGroupStatus(groupId, 'running')
  await reportToPool()
  const end = Date.parse(sessions[sessions.length - 1]!.startsAt) + settings.closeAfterLastSessionDays * DAY
  if (end > Date.now()) await sleep(end - Date.now())
  return await close('finished')

  async function findSupervisor() {
    const candidates = await activities.supervisorCandidates(groupId)
    for (const candidate of candidates) {
      if (staffAssignment) break
      const respondBy = Date.now() + settings.supervisorResponseHours * HOUR
      state.supervisor.offeredTo = candidate
      state.supervisor.respondBy = new Date(respondBy).toISOString()
      supervisorResponse = undefined
      await activities.offerToSupervisor(groupId, candidate, state.supervisor.respondBy)
      const answered = await condition(
        () => supervisorResponse !== undefined || staffAssignment !== undefined,
        respondBy - Date.now(),
      )
      const response = supervisorResponse as SupervisorResponse | undefined
      const accepted = answered && response?.accept === true
      const outcome = accepted ? 'accepted' : response ? 'declined' : staffAssignment ? 'withdrawn' : 'expired'
      const seated = accepted ? await activities.assignSupervisor(groupId, candidate, false) : false
      await activities.recordSupervisorOffer(groupId, candidate, seated || !accepted ? outcome : 'no-capacity')
      state.supervisor.offeredTo = undefined
      state.supervisor.respondBy = undefined
      if (seated) {
        state.supervisor.assigned = candidate
        return
      }
      state.supervisor.declined.push(candidate)
    }
    if (!staffAssignment) {
      state.phase = 'waiting-for-staff'
      await activities.tellStaffNoSupervisor(groupId)
      state.supervisor.staffTold = true
      await condition(() => staffAssignment !== undefined)
    }
    await activities.assignSupervisor(groupId, staffAssignment!.supervisorId, true)
    state.supervisor.assigned = staffAssignment!.supervisorId
  }

  /** Each present supervisee's hours go to their running certification(s); the key makes a resend harmless. */
  async function creditAttendedHours(sessionIndex: number, presentMemberIds: string[]) {
    const session = state.sessions[sessionIndex]!
    const hours = sessionHours(session.durationMinutes)
    for (const memberId of presentMemberIds) {
      try {
        await creditSupervisionHours({
          key: `supervision:${groupId}:${sessionIndex + 1}:${memberId}`,
          hours,
          memberId,
          groupId,
          sessionDate: session.startsAt,
        })
      } catch {
        // No certification runs (any more) for this member: nothing to credit.
      }
    }
  }

  async function close(phase: 'finished' | 'cancelled'): Promise<GroupState> {
    state.phase = phase
    await activities.closeGroup(groupId, phase)
    if (phase === 'cancelled') {
      // Confirmed members were not at fault: they go back to the pool and keep their place.
      const confirmed = withStatus('confirmed')
      await activities.returnToPool(
        groupId,
        confirmed.map((p) => ({ signupId: p.signupId, status: 'waiting' as const })),
      )
      await pool
        .signal(releaseMembersSignal, { groupId, entries: confirmed.map((p) => p.entry), exclude: false })
        .catch(() => undefined)
    }
    await pool.signal(groupClosedSignal, { groupId }).catch(() => undefined)
    closed = true
    await Promise.all([intake, expiry])
    await condition(allHandlersFinished)
    return snapshot()
  }
}

function throwIf(problem: string | null) {
  if (problem) throw new Error(problem)
}
