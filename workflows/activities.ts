import type { Payload } from 'payload'
import { createAvailabilityActivities } from './availability/activities'
import { createCertificationActivities } from './certification/activities'
import { createFailureActivities } from './failures/activities'
import { withClassifiedFailures } from './failures/classify'
import { createGroupActivities } from './group/activities'
import { createGroupFormationActivities } from './group-formation/activities'
import { createMatchingActivities } from './matching/activities'
import { createMemberApprovalActivities } from './member-approval/activities'
import { createPublishingActivities } from './publishing/activities'
import { createRetentionActivities } from './retention/activities'

/** All activities, built once per worker around its Payload instance; permanent conditions fail for good. */
export function createActivities(payload: Payload) {
  return withClassifiedFailures({
    ...createAvailabilityActivities(payload),
    ...createCertificationActivities(payload),
    ...createFailureActivities(payload),
    ...createGroupFormationActivities(payload),
    ...createGroupActivities(payload),
    ...createMatchingActivities(payload),
    ...createMemberApprovalActivities(payload),
    ...createPublishingActivities(payload),
    ...createRetentionActivities(payload),
  })
}
