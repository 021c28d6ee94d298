import type { Client } from '@temporalio/client'
import type { ActionResult } from '../../src/actionResult'
import { sendUpdate } from '../updateResult'
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
type GroupAnswer = Promise<ActionResult<GroupState>>

/** A proposed member confirms or declines their place. */
export const respondToGroup = (client: Client, groupId: string, memberId: string, accept: boolean): GroupAnswer =>
  sendUpdate(client, groupWorkflowId(groupId), respondUpdate, [{ memberId, accept }], refusals)

export const respondAsSupervisor = (
  client: Client,
  groupId: string,
  supervisorId: string,
  accept: boolean,
): GroupAnswer =>
  sendUpdate(client, groupWorkflowId(groupId), supervisorResponseUpdate, [{ supervisorId, accept }], refusals)

export const assignSupervisorByStaff = (
  client: Client,
  groupId: string,
  supervisorId: string,
  assignedBy: string,
): GroupAnswer =>
  sendUpdate(client, groupWorkflowId(groupId), assignSupervisorUpdate, [{ supervisorId, assignedBy }], refusals)

export const recordAttendance = (client: Client, groupId: string, attendance: Attendance): GroupAnswer =>
  sendUpdate(client, groupWorkflowId(groupId), recordAttendanceUpdate, [attendance], refusals)

export const dropOutOfGroup = (client: Client, groupId: string, memberId: string): GroupAnswer =>
  sendUpdate(client, groupWorkflowId(groupId), dropOutUpdate, [{ memberId }], refusals)
