/** The roles of domain.md; a user can hold several (a therapist who also supervises). */
export const ROLES = ['admin', 'editor', 'coordinator', 'therapist', 'trainer', 'supervisor', 'researcher'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  admin: { nl: 'Platformteam', en: 'Platform staff' },
  editor: { nl: 'Redacteur', en: 'Editor' },
  coordinator: { nl: 'Coördinator', en: 'Coordinator' },
  therapist: { nl: 'Behandelaar', en: 'Therapist' },
  trainer: { nl: 'Trainer', en: 'Trainer' },
  supervisor: { nl: 'Supervisor', en: 'Supervisor' },
  researcher: { nl: 'Onderzoeker', en: 'Researcher' },
}

type UserLike = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: UserLike, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))
}
