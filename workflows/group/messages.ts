import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow'
import type { GroupKind, PoolEntry } from '../group-formation/messages'

/** Messages of one group's lifecycle: confirmation, supervisor, schedule, attendance, drop-out. */
export type GroupInput = {
  groupId: string
  formationWorkflowId: string
  kind: GroupKind
  slot: string
  targetSize: number
  members: PoolEntry[]
}

export type ParticipantStatus = 'pending' | 'confirmed' | 'declined' | 'expired' | 'dropped-out'
export type Participant = {
  memberId: string
  signupId: string
  status: ParticipantStatus
  respondBy?: string
  entry: PoolEntry
}

export type GroupPhase =
  'confirming' | 'seeking-supervisor' | 'waiting-for-staff' | 'scheduled' | 'running' | 'finished' | 'cancelled'

export type GroupState = {
  groupId: string
  kind: GroupKind
  phase: GroupPhase
  targetSize: number
  participants: Omit<Participant, 'entry'>[]
  supervisor: { offeredTo?: string; respondBy?: string; declined: string[]; assigned?: string; staffTold: boolean }
  sessions: { startsAt: string; durationMinutes: number; recorded: boolean }[]
}

export type MemberResponse = { memberId: string; accept: boolean }
export type SupervisorResponse = { supervisorId: string; accept: boolean }
export type StaffAssignment = { supervisorId: string; assignedBy: string }
export type Attendance = { sessionIndex: number; presentMemberIds: string[]; recordedBy: string }
export type DropOut = { memberId: string }

export const respondUpdate = defineUpdate<GroupState, [MemberResponse]>('respond')
export const supervisorResponseUpdate = defineUpdate<GroupState, [SupervisorResponse]>('supervisorResponse')
export const assignSupervisorUpdate = defineUpdate<GroupState, [StaffAssignment]>('assignSupervisor')
export const recordAttendanceUpdate = defineUpdate<GroupState, [Attendance]>('recordAttendance')
export const dropOutUpdate = defineUpdate<GroupState, [DropOut]>('dropOut')
export const membersAddedSignal = defineSignal<[{ entries: PoolEntry[] }]>('membersAdded')
export const groupStateQuery = defineQuery<GroupState>('groupState')

export const groupWorkflowId = (groupId: string) => `group-${groupId}`

/** Validation shared by the update validators and the HTTP edge; Dutch for the user. */
export function responseProblem(state: GroupState, response: MemberResponse): string | null {
  const participant = state.participants.find((p) => p.memberId === response.memberId)
  if (!participant) return 'Je bent niet voor deze groep voorgesteld.'
  if (participant.status !== 'pending')
    return participant.status === 'confirmed' ? 'Je hebt je deelname al bevestigd.' : 'Dit voorstel is niet meer open.'
  return null
}

export function supervisorResponseProblem(state: GroupState, response: SupervisorResponse): string | null {
  if (state.supervisor.offeredTo !== response.supervisorId)
    return 'Deze groep is op dit moment niet aan jou aangeboden.'
  return null
}

export function assignmentProblem(state: GroupState): string | null {
  if (state.kind !== 'supervision') return 'Een intervisiegroep heeft geen supervisor.'
  if (state.phase !== 'waiting-for-staff' && state.phase !== 'seeking-supervisor')
    return 'Deze groep zoekt geen supervisor (meer).'
  return null
}

export function attendanceProblem(state: GroupState, attendance: Attendance, now: number): string | null {
  if (state.phase !== 'scheduled' && state.phase !== 'running' && state.phase !== 'finished')
    return 'Deze groep heeft nog geen rooster.'
  const session = state.sessions[attendance.sessionIndex]
  if (!session) return 'Deze bijeenkomst bestaat niet.'
  if (Date.parse(session.startsAt) > now) return 'Je kunt aanwezigheid pas vastleggen als de bijeenkomst is begonnen.'
  if (session.recorded) return 'De aanwezigheid van deze bijeenkomst is al vastgelegd.'
  const confirmed = new Set(
    state.participants.filter((p) => p.status === 'confirmed' || p.status === 'dropped-out').map((p) => p.memberId),
  )
  if (attendance.presentMemberIds.some((id) => !confirmed.has(id)))
    return 'Alleen deelnemers van de groep kunnen aanwezig zijn.'
  return null
}

export function dropOutProblem(state: GroupState, dropOut: DropOut): string | null {
  const participant = state.participants.find((p) => p.memberId === dropOut.memberId)
  if (!participant || participant.status !== 'confirmed') return 'Je bent geen deelnemer van deze groep.'
  if (state.phase === 'finished' || state.phase === 'cancelled') return 'Deze groep is al afgelopen.'
  return null
}
