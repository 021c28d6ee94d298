import type { Client } from '@temporalio/client'
import type { ActionResult } from '../../src/actionResult'
import { viaUpdate } from '../updateResult'
import {
  type Attendance,
  type GroupState,
  assignSupervisorUpdate,
  dropOutUpdate,
  groupWorkflowId,
  recordAttendanceUpdate,
  respondUpdate,
  supervisorResponseUpdate,
} from './messages'

const refusals = { notFound: 'Deze groep is afgesloten of bestaat niet.' }
const groupHandle = (client: Client, groupId: string) => client.workflow.getHandle(groupWorkflowId(groupId))
type GroupAnswer = Promise<ActionResult<GroupState>>

/** A proposed member confirms or declines their place. */
export const respondToGroup = (client: Client, groupId: string, memberId: string, accept: boolean): GroupAnswer =>
  viaUpdate(() => groupHandle(client, groupId).executeUpdate(respondUpdate, { args: [{ memberId, accept }] }), refusals)

export const respondAsSupervisor = (
  client: Client,
  groupId: string,
  supervisorId: string,
  accept: boolean,
): GroupAnswer =>
  viaUpdate(
    () => groupHandle(client, groupId).executeUpdate(supervisorResponseUpdate, { args: [{ supervisorId, accept }] }),
    refusals,
  )

export const assignSupervisorByStaff = (
  client: Client,
  groupId: string,
  supervisorId: string,
  assignedBy: string,
): GroupAnswer =>
  viaUpdate(
    () => groupHandle(client, groupId).executeUpdate(assignSupervisorUpdate, { args: [{ supervisorId, assignedBy }] }),
    refusals,
  )

export const recordAttendance = (client: Client, groupId: string, attendance: Attendance): GroupAnswer =>
  viaUpdate(() => groupHandle(client, groupId).executeUpdate(recordAttendanceUpdate, { args: [attendance] }), refusals)

export const dropOutOfGroup = (client: Client, groupId: string, memberId: string): GroupAnswer =>
  viaUpdate(() => groupHandle(client, groupId).executeUpdate(dropOutUpdate, { args: [{ memberId }] }), refusals)
