import type { Access, Where } from 'payload'
import { memberIdOfUser } from './memberOfUser'
import { hasRole } from './roles'
import { trainingIdsOfTrainer } from './trainingsOfTrainer'

/**
 * Enrolments and certificates: staff see all; a trainer those of their own trainings;
 * a therapist their own (a trainer who is also a therapist sees both). Anyone can
 * still verify one certificate number through /api/certificates/verify/:number.
 */
export const trainingRecordsRead: Access = async ({ req }) => {
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
