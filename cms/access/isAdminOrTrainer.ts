import type { Access } from 'payload'
import { hasRole } from './roles'

export const isAdminOrTrainer: Access = ({ req: { user } }) => hasRole(user, 'admin', 'trainer')
