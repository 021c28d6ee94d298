import { hasRole, type Role } from '../../cms/access/roles'

export type NavItem = { href: string; labelKey: string }

type Rule = NavItem & { roles?: Role[] }

/** The portal menu; `roles` empty means everyone (also visitors who are not logged in). */
const RULES: Rule[] = [
  { href: '/start', labelKey: 'nav.start', roles: ['therapist', 'coordinator', 'admin', 'trainer', 'supervisor'] },
  { href: '/kennisbank', labelKey: 'nav.knowledge' },
  { href: '/opleidingen', labelKey: 'nav.trainings' },
  { href: '/groepen', labelKey: 'nav.groups', roles: ['therapist', 'supervisor'] },
  { href: '/mijn-opleidingen', labelKey: 'nav.myTrainings', roles: ['therapist'] },
  { href: '/mijn-certificaten', labelKey: 'nav.myCertificates', roles: ['therapist'] },
  { href: '/mijn-aanbiedingen', labelKey: 'nav.offers', roles: ['therapist'] },
  { href: '/trainer', labelKey: 'nav.trainees', roles: ['trainer'] },
  { href: '/profiel', labelKey: 'nav.profile', roles: ['therapist', 'trainer', 'supervisor'] },
  { href: '/aanvragen', labelKey: 'nav.requests', roles: ['coordinator', 'admin'] },
  { href: '/regios', labelKey: 'nav.regions' },
  { href: '/beheer', labelKey: 'nav.admin', roles: ['admin'] },
  { href: '/onderzoek', labelKey: 'nav.research', roles: ['admin', 'researcher'] },
  // Editors and trainers work in the Payload admin panel, not in /beheer.
  { href: '/admin', labelKey: 'nav.cms', roles: ['editor', 'trainer'] },
]

export function navigationFor(user: { roles?: readonly string[] | null } | null): NavItem[] {
  return RULES.filter((rule) => !rule.roles || hasRole(user, ...rule.roles)).map(({ href, labelKey }) => ({
    href,
    labelKey,
  }))
}
