import type { Payload } from 'payload'
import type { Role } from '../access/roles'
import { COORDINATOR_ORGANISATION } from './organisations'
import { insertMissing } from './upsert'

/** One shared demo password; it is set on create only, so a changed password survives a re-seed. */
export const DEMO_PASSWORD = 'Drakentemmers!2026'

export type DemoAccount = { role: Role; email: string; name: string; password: string }

/** One account per role, to try every part of the platform; the start script prints this list. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'admin', email: 'admin@drakentemmers.example', name: 'Jolien Kramer', password: DEMO_PASSWORD },
  { role: 'editor', email: 'editor@drakentemmers.example', name: 'Thijs Brouwer', password: DEMO_PASSWORD },
  { role: 'coordinator', email: 'coordinator@drakentemmers.example', name: 'Naima Bouali', password: DEMO_PASSWORD },
  { role: 'therapist', email: 'therapist@drakentemmers.example', name: 'Sanne de Wit', password: DEMO_PASSWORD },
  { role: 'trainer', email: 'trainer@drakentemmers.example', name: 'Erik Hoekstra', password: DEMO_PASSWORD },
  { role: 'supervisor', email: 'supervisor@drakentemmers.example', name: 'Ingrid Smit', password: DEMO_PASSWORD },
  { role: 'researcher', email: 'researcher@drakentemmers.example', name: 'Femke Mulder', password: DEMO_PASSWORD },
]

export const demoAccount = (role: Role): DemoAccount => DEMO_ACCOUNTS.find((account) => account.role === role)!

export async function seedPeople(payload: Payload, organisationIds: Map<string, string>) {
  const rows = DEMO_ACCOUNTS.map(({ role, email, name, password }) => ({
    email,
    name,
    password,
    roles: [role],
    language: 'nl',
    // Only the coordinator acts on behalf of an organisation.
    organisation: role === 'coordinator' ? organisationIds.get(COORDINATOR_ORGANISATION) : null,
  }))
  return insertMissing(payload, 'users', rows, { key: 'email' })
}
