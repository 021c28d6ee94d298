import { redirect } from 'next/navigation'
import type { User } from '../../cms/payload-types'
import { hasRole, type Role } from '../../cms/access/roles'
import { getCurrentUser } from './session'

export type PageAccess = { user: User; allowed: boolean }

/**
 * For pages behind a login: a visitor goes to /inloggen and comes back here after;
 * a logged-in user without one of the roles gets `allowed: false` (a friendly
 * "no access" state, not an error).
 */
export async function requireUser(path: string, roles: Role[] = []): Promise<PageAccess> {
  const user = await getCurrentUser()
  if (!user) redirect(`/inloggen?volgende=${encodeURIComponent(path)}`)
  return { user, allowed: roles.length === 0 || hasRole(user, ...roles) }
}
