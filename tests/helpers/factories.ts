import type { Payload } from 'payload'
import type { Role } from '../../cms/access/roles'
import { uniqueEmail } from './mail'

/** Small builders for test data; each returns the created document. */
export async function createRegion(payload: Payload, slug = `regio-${Math.random().toString(36).slice(2, 8)}`) {
  return payload.create({
    collection: 'regions',
    data: { name: `Regio ${slug}`, slug, centrumgemeente: slug },
    overrideAccess: true,
  })
}

export async function createOrganisation(
  payload: Payload,
  regionId: string,
  name = `Opvang ${Math.random().toString(36).slice(2, 6)}`,
) {
  return payload.create({
    collection: 'organisations',
    data: { name, type: 'vrouwenopvang', regions: [regionId] },
    overrideAccess: true,
  })
}

export async function createUser(
  payload: Payload,
  roles: Role[],
  extra: { organisation?: string; email?: string } = {},
) {
  return payload.create({
    collection: 'users',
    data: {
      name: `Test ${roles.join('+')}`,
      email: extra.email ?? uniqueEmail(roles[0]!),
      password: 'test-wachtwoord-123',
      roles,
      organisation: extra.organisation,
    },
    overrideAccess: true,
  })
}

export async function createMember(
  payload: Payload,
  userId: string,
  regionId: string,
  status: 'pending' | 'active' | 'rejected' | 'inactive' = 'active',
) {
  return payload.create({
    collection: 'members',
    data: {
      displayName: 'Test Behandelaar',
      user: userId,
      profession: 'gz-psycholoog',
      registrationType: 'BIG',
      registrationNumber: String(Math.floor(Math.random() * 1e11)).padStart(11, '1'),
      homeRegion: regionId,
      capacityCases: 2,
      status,
    },
    overrideAccess: true,
  })
}

/** A valid portal sign-up body (tests vary one field at a time). */
export function signUpBody(regionId: string, email = uniqueEmail('aanmelding')) {
  return {
    name: 'Sanne de Vries',
    email,
    password: 'een-lang-wachtwoord',
    profession: 'gz-psycholoog',
    registrationType: 'BIG',
    registrationNumber: '12345678901',
    homeRegion: regionId,
    capacityCases: 2,
    hoursPerWeek: 6,
    languages: ['nl'],
    motivation: 'Ik werk met EMDR bij kinderen na huiselijk geweld.',
    consent: true,
  }
}
