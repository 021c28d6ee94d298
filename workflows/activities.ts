import type { Payload } from 'payload'
import { createCertificationActivities } from './certification/activities'
import { createMatchingActivities } from './matching/activities'
import { createMemberApprovalActivities } from './member-approval/activities'

/** All activities, built once per worker around its Payload instance. */
export function createActivities(payload: Payload) {
  return {
    ...createCertificationActivities(payload),
    ...createMatchingActivities(payload),
    ...createMemberApprovalActivities(payload),
  }
}
