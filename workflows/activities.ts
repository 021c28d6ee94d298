import type { Payload } from 'payload'
import { createMemberApprovalActivities } from './member-approval/activities'

/** All activities, built once per worker around its Payload instance. */
export function createActivities(payload: Payload) {
  return {
    ...createMemberApprovalActivities(payload),
  }
}
