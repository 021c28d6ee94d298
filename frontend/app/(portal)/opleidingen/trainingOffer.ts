import type { Payload } from 'payload'
import type { User } from '../../../../cms/payload-types'
import { memberIdOf } from '../../../../cms/access/memberOfUser'
import { hasRole } from '../../../../cms/access/roles'

/** Places taken on a training: a count only (no names), so read with overrideAccess. */
export async function placesTakenOn(payload: Payload, trainingId: string | number): Promise<number> {
  const taken = await payload.count({
    collection: 'enrollments',
    where: { training: { equals: trainingId }, placeKey: { like: 'place-' } },
    overrideAccess: true,
  })
  return taken.totalDocs
}

/** The signed-in therapist's enrolments by training id, with their status; empty for anyone else. */
export async function myEnrolments(payload: Payload, user: User | null): Promise<Map<string, string>> {
  const mine = new Map<string, string>()
  if (!user || !hasRole(user, 'therapist')) return mine
  const memberId = await memberIdOf(payload, user.id)
  if (!memberId) return mine
  const enrolled = await payload.find({
    collection: 'enrollments',
    where: { member: { equals: memberId } },
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user,
  })
  for (const enrolment of enrolled.docs) mine.set(String(enrolment.training), enrolment.status)
  return mine
}
