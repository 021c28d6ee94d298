import type { Access } from 'payload'
import { hasRole } from './roles'

/** Staff change every training; a trainer only the trainings they are listed on. */
export const isAdminOrTrainerOfTraining: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!user || !hasRole(user, 'trainer')) return false
  return { trainers: { contains: user.id } }
}
