import type { Payload } from 'payload'
import { modelOf } from './modelOf'
import {
  ACTIVE_SIGNUP_STATUSES,
  type Blockers,
  ERASED_MEMBER_NAME,
  OPEN_OFFER_STATUSES,
  RUNNING_ENROLMENT_STATUSES,
} from '../domain/erasure'

const countWhere = async (
  payload: Payload,
  collection: 'offers' | 'enrollments' | 'group-signups',
  memberId: string,
  statuses: readonly string[],
) => {
  // One equality per status (FerretDB pushes equality down, not $in).
  const counts = await Promise.all(
    statuses.map((status) =>
      payload.count({
        collection,
        where: { and: [{ member: { equals: memberId } }, { status: { equals: status } }] },
        overrideAccess: true,
      }),
    ),
  )
  return counts.reduce((sum, count) => sum + count.totalDocs, 0)
}

export async function erasureBlockers(payload: Payload, memberId: string): Promise<Blockers> {
  const [openOffers, runningEnrolments, activeGroupSignUps] = await Promise.all([
    countWhere(payload, 'offers', memberId, OPEN_OFFER_STATUSES),
    countWhere(payload, 'enrollments', memberId, RUNNING_ENROLMENT_STATUSES),
    countWhere(payload, 'group-signups', memberId, ACTIVE_SIGNUP_STATUSES),
  ])
  return { openOffers, runningEnrolments, activeGroupSignUps }
}

/**
 * Erases a member and their account in place (raw updates: Payload would refuse a profile without
 * its required fields). The account can no longer log in (no password hash, no sessions) and holds
 * no address; the profile is inactive, so matching never offers it again. Idempotent.
 */
export async function eraseMember(payload: Payload, memberId: string, userId: string | null): Promise<void> {
  await modelOf(payload, 'offers').updateMany({ member: memberId }, { $unset: { declineReason: 1, reasons: 1 } })
  await modelOf(payload, 'availability-confirmations').deleteMany({ member: memberId })
  // Continuing education they added for renewal (their own texts and proof links) goes with them.
  await payload.delete({
    collection: 'credit-activities',
    where: { member: { equals: memberId } },
    overrideAccess: true,
  })
  await modelOf(payload, 'members').updateOne(
    { _id: memberId },
    {
      $set: { displayName: ERASED_MEMBER_NAME, status: 'inactive', remoteAvailable: false },
      $unset: {
        user: 1,
        registrationNumber: 1,
        intro: 1,
        motivation: 1,
        statusReason: 1,
        availableFrom: 1,
        languages: 1,
        regionsServed: 1,
        reachRegions: 1,
        methods: 1,
        themes: 1,
        targetGroups: 1,
        capacityCases: 1,
        hoursPerWeek: 1,
      },
    },
  )
  if (!userId) return
  await modelOf(payload, 'users').updateOne(
    { _id: userId },
    {
      $set: { name: 'Verwijderd account', email: `verwijderd-${userId}@drakentemmers.invalid`, roles: [] },
      $unset: { hash: 1, salt: 1, sessions: 1, resetPasswordToken: 1, resetPasswordExpiration: 1, organisation: 1 },
    },
  )
}
