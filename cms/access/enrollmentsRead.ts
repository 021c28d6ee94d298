import type { Access, Where } from 'payload'
import { memberIdOfUser } from './memberOfUser'
import { hasRole } from './roles'
import { trainingIdsOfTrainer } from './trainingsOfTrainer'

/**
 * Enrolments: staff see all; a trainer sees those of their own trainings; a
 * therapist sees their own (a trainer who is also a therapist sees both).
 */
export const enrollmentsRead: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const scopes: Where[] = []
  if (hasRole(req.user, 'trainer')) {
    const trainings = await trainingIdsOfTrainer(req)
    if (trainings.length > 0) scopes.push({ training: { in: trainings } })
  }
  const memberId = await memberIdOfUser(req)
  if (memberId) scopes.push({ member: { equals: memberId } })
  if (scopes.length === 0) return false
  return scopes.length === 1 ? scopes[0]! : { or: scopes }
}
