import type { Access } from 'payload'
import { hasRole } from './roles'
import { idOf } from '../../src/domain/ids'

/** Requests: staff file for anyone; a coordinator only for their own organisation. */
export const fileForOwnOrganisation: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'coordinator')) return false
  const own = idOf((user as { organisation?: unknown }).organisation)
  return Boolean(own) && idOf(data?.organisation) === own
}
