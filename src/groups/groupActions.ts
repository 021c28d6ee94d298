import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client'
import type { Payload } from 'payload'
import { withdrawUpdate } from '../../workflows/group-formation/messages'
import {
  type Attendance,
  type GroupState,
  assignSupervisorUpdate,
  dropOutUpdate,
  groupWorkflowId,
  recordAttendanceUpdate,
  respondUpdate,
  supervisorResponseUpdate,
} from '../../workflows/group/messages'
import { relId } from './ids'

export type ActionResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 403 | 404 | 409; message: string }

/** Runs a workflow update; validator refusals become 409 with their Dutch message, a missing run 404. */
async function runUpdate<T>(work: () => Promise<T>, notFound: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await work() }
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return { ok: false, status: 404, message: notFound }
    if (error instanceof WorkflowUpdateFailedError) return { ok: false, status: 409, message: error.cause?.message ?? 'Dit kon niet worden verwerkt.' }
    throw error
  }
}

const groupHandle = (client: Client, groupId: string) => client.workflow.getHandle(groupWorkflowId(groupId))
const GROUP_GONE = 'Deze groep is afgesloten of bestaat niet.'

/** A proposed member confirms or declines their place. */
export const respondToGroup = (client: Client, groupId: string, memberId: string, accept: boolean) =>
  runUpdate(() => groupHandle(client, groupId).executeUpdate(respondUpdate, { args: [{ memberId, accept }] }), GROUP_GONE)

export const respondAsSupervisor = (client: Client, groupId: string, supervisorId: string, accept: boolean) =>
  runUpdate(() => groupHandle(client, groupId).executeUpdate(supervisorResponseUpdate, { args: [{ supervisorId, accept }] }), GROUP_GONE)

export const assignSupervisorByStaff = (client: Client, groupId: string, supervisorId: string, assignedBy: string) =>
  runUpdate(() => groupHandle(client, groupId).executeUpdate(assignSupervisorUpdate, { args: [{ supervisorId, assignedBy }] }), GROUP_GONE)

export const recordAttendance = (client: Client, groupId: string, attendance: Attendance) =>
  runUpdate(() => groupHandle(client, groupId).executeUpdate(recordAttendanceUpdate, { args: [attendance] }), GROUP_GONE)

export const dropOutOfGroup = (client: Client, groupId: string, memberId: string) =>
  runUpdate(() => groupHandle(client, groupId).executeUpdate(dropOutUpdate, { args: [{ memberId }] }), GROUP_GONE)

/**
 * A therapist withdraws a sign-up: from the pool while waiting (formation update),
 * as a decline while proposed, as a drop-out once in a group.
 */
export async function withdrawSignup(payload: Payload, client: Client, memberId: string, signupId: string): Promise<ActionResult<{ status: string; group?: GroupState }>> {
  const signup = await payload.findByID({ collection: 'group-signups', id: signupId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!signup || relId(signup.member) !== memberId) return { ok: false, status: 404, message: 'Deze aanmelding is niet gevonden.' }
  const groupId = relId(signup.group)
  if (signup.status === 'waiting') {
    const handle = client.workflow.getHandle(signup.formationWorkflowId ?? '')
    const result = await runUpdate(() => handle.executeUpdate(withdrawUpdate, { args: [{ signupId, memberId }] }), 'Deze wachtlijst bestaat niet meer.')
    return result.ok ? { ok: true, value: { status: 'withdrawn' } } : result
  }
  if (signup.status === 'proposed' && groupId) {
    const result = await respondToGroup(client, groupId, memberId, false)
    return result.ok ? { ok: true, value: { status: 'declined', group: result.value } } : result
  }
  if ((signup.status === 'confirmed' || signup.status === 'placed') && groupId) {
    const result = await dropOutOfGroup(client, groupId, memberId)
    return result.ok ? { ok: true, value: { status: 'dropped-out', group: result.value } } : result
  }
  return { ok: false, status: 409, message: 'Deze aanmelding is al afgesloten.' }
}
