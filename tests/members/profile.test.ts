import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Member } from '../../cms/payload-types'
import { capacityBelowTakenMessage } from '../../cms/collections/Members/hooks/keepCapacityAbovePlacesTaken'
import { availabilityConfirmedAt, confirmAvailability } from '../../src/store/availabilityConfirmations'
import { claimPlace, placesOf } from '../../src/store/places'
import { candidateWheres, loadCandidates } from '../../src/store/candidates'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'

/**
 * "Mijn profiel" over real HTTP (POST /api/members/:id/profile): the member edits their own
 * profile only, with the sign-up's Dutch field messages, the capacity rule of the places, and
 * nothing written on a refusal.
 */
const PASSWORD = 'test-wachtwoord-123'
let payload: Payload
let server: RestServer
let home: string
let otherRegion: string
let method: string
const token: Record<'sanne' | 'karim' | 'staff', string> = { sanne: '', karim: '', staff: '' }
let sanne: string
let karim: string

async function login(email: string) {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function saveProfile(memberId: string, as: keyof typeof token | 'anonymous', body: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (as !== 'anonymous') headers.authorization = `JWT ${token[as]}`
  const response = await fetch(`${server.url}/api/members/${memberId}/profile`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    json: (await response.json()) as { message?: string; errors?: Record<string, string> },
  }
}

const profileBody = (extra: Record<string, unknown> = {}) => ({
  homeRegion: home,
  regionsServed: [otherRegion],
  methods: [method],
  themes: [],
  targetGroups: [],
  capacityCases: 3,
  hoursPerWeek: 6,
  availableFrom: '2027-02-01',
  remoteAvailable: true,
  languages: ['nl', 'en'],
  intro: 'Ik behandel kinderen van 4 tot 12 jaar met EMDR en werk graag samen met de opvang.',
  ...extra,
})

const stored = (id: string) =>
  payload.findByID({ collection: 'members', id, depth: 0, overrideAccess: true }) as Promise<Member>
const auditOf = async (id: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** The stored profile without what changes on every write. */
const snapshot = async (id: string) => {
  const { updatedAt: _updatedAt, ...rest } = await stored(id)
  return rest
}

beforeAll(async () => {
  payload = await testPayload()
  server = await startRestServer()
  home = String((await createRegion(payload)).id)
  otherRegion = String((await createRegion(payload)).id)
  method = String(
    (await payload.create({ collection: 'expertise', data: { name: 'EMDR', kind: 'method' }, overrideAccess: true }))
      .id,
  )
  const emails = { sanne: 'sanne@example.test', karim: 'karim@example.test', staff: 'staf@example.test' }
  const sanneUser = await createUser(payload, ['therapist'], { email: emails.sanne })
  const karimUser = await createUser(payload, ['therapist'], { email: emails.karim })
  await createUser(payload, ['admin'], { email: emails.staff })
  sanne = String((await createMember(payload, String(sanneUser.id), home)).id)
  karim = String((await createMember(payload, String(karimUser.id), home)).id)
  for (const who of ['sanne', 'karim', 'staff'] as const) token[who] = await login(emails[who])
}, 60_000)

afterAll(async () => {
  await server?.stop()
  await dropTestDatabase(payload)
})

describe('Mijn profiel (POST /api/members/:id/profile)', () => {
  it('saves the own profile, logs who changed which fields, and matching finds the member in the new region', async () => {
    const before = await auditOf(sanne)
    expect(await saveProfile(sanne, 'sanne', profileBody())).toMatchObject({ status: 200 })
    expect(await stored(sanne)).toMatchObject({
      homeRegion: home,
      regionsServed: [home, otherRegion],
      reachRegions: expect.arrayContaining([home, otherRegion]),
      methods: [method],
      capacityCases: 3,
      hoursPerWeek: 6,
      availableFrom: expect.stringMatching(/^2027-02-01/),
      remoteAvailable: true,
      languages: ['nl', 'en'],
      intro: expect.stringContaining('EMDR'),
      status: 'active',
    })
    const seen = new Set(before.map((entry) => entry.id))
    const entries = (await auditOf(sanne)).filter((entry) => !seen.has(entry.id))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'update',
      actorLabel: 'sanne@example.test',
      fields: expect.arrayContaining(['intro', 'regionsServed', 'capacityCases', 'languages']),
    })
    const found = await loadCandidates(payload, candidateWheres([otherRegion], 'own'))
    expect(found.map((candidate) => candidate.id)).toContain(sanne)
    expect(found.find((candidate) => candidate.id === sanne)).toMatchObject({ capacityCases: 3, freeCases: 3 })

    // Clearing the date stores no date, rather than keeping the old one.
    expect(await saveProfile(sanne, 'sanne', profileBody({ availableFrom: '' }))).toMatchObject({ status: 200 })
    expect((await stored(sanne)).availableFrom ?? null).toBeNull()
  })

  it('counts a saved profile as a confirmation of capacity and availability, a refused one not', async () => {
    const longAgo = new Date(Date.now() - 40 * 24 * 3_600_000)
    await confirmAvailability(payload, { memberId: karim }, longAgo)
    expect(await availabilityConfirmedAt(payload, karim)).toBe(longAgo.toISOString())

    expect((await saveProfile(karim, 'karim', profileBody({ capacityCases: -1 }))).status).toBe(400)
    expect(await availabilityConfirmedAt(payload, karim)).toBe(longAgo.toISOString())

    const saving = Date.now()
    expect((await saveProfile(karim, 'karim', profileBody())).status).toBe(200)
    expect(Date.parse((await availabilityConfirmedAt(payload, karim))!)).toBeGreaterThanOrEqual(saving)
  })

  it("refuses another member's profile, also for staff, and a visitor; nothing is written", async () => {
    const before = await snapshot(karim)
    const audit = (await auditOf(karim)).length
    expect(await saveProfile(karim, 'sanne', profileBody({ intro: 'Overgenomen' }))).toMatchObject({
      status: 403,
      json: { message: expect.stringContaining('alleen je eigen profiel') },
    })
    expect((await saveProfile(karim, 'staff', profileBody())).status).toBe(403)
    expect(await saveProfile(karim, 'anonymous', profileBody())).toMatchObject({
      status: 401,
      json: { message: 'Log in om je profiel te bewerken.' },
    })
    expect((await saveProfile('000000000000000000000000', 'sanne', profileBody())).status).toBe(404)
    expect(await snapshot(karim)).toEqual(before)
    expect(await auditOf(karim)).toHaveLength(audit)
  })

  it('refuses bad input with a Dutch message per field and writes nothing', async () => {
    const before = await snapshot(sanne)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ capacityCases: -1 }, 'capacityCases', 'Capaciteit kan niet negatief zijn.'],
      [{ hoursPerWeek: 80 }, 'hoursPerWeek', 'Maximaal 60 uur per week.'],
      [{ languages: [] }, 'languages', 'Kies minstens één taal.'],
      [{ availableFrom: '1 februari' }, 'availableFrom', 'Vul een geldige datum in.'],
      [{ intro: 'x'.repeat(601) }, 'intro', 'Je introductie is te lang (maximaal 600 tekens).'],
      [{ intro: 'Bel me gerust op 06-12345678.' }, 'intro', expect.stringContaining('Je introductie bevat') as never],
      [{ homeRegion: '000000000000000000000000' }, 'homeRegion', 'Kies een bestaande regio.'],
      [{ methods: ['000000000000000000000000'] }, 'methods', 'Kies expertise uit de lijst.'],
      // Not editable here: refused by name instead of silently dropped.
      [{ freeCases: 99 }, 'freeCases', 'Dit veld kun je hier niet wijzigen: "freeCases".'],
      [{ status: 'active' }, 'status', 'Dit veld kun je hier niet wijzigen: "status".'],
    ]
    for (const [change, field, message] of cases) {
      const answer = await saveProfile(sanne, 'sanne', profileBody({ intro: 'Nooit bewaard', ...change }))
      expect({ field, status: answer.status, error: answer.json.errors?.[field] }).toEqual({
        field,
        status: 400,
        error: message,
      })
    }
    expect(await snapshot(sanne)).toEqual(before)
  })

  it('refuses a capacity below the places taken with a Dutch message, and accepts one that holds them', async () => {
    await saveProfile(sanne, 'sanne', profileBody({ capacityCases: 3 }))
    expect(await claimPlace(payload, 'cases', sanne, 'aanvraag-1')).toBe('claimed')
    expect(await claimPlace(payload, 'cases', sanne, 'aanvraag-2')).toBe('claimed')
    const before = await snapshot(sanne)
    const audit = (await auditOf(sanne)).length

    const refusedAnswer = await saveProfile(sanne, 'sanne', profileBody({ capacityCases: 1, intro: 'Nooit bewaard' }))
    expect(refusedAnswer).toEqual({
      status: 409,
      json: { message: capacityBelowTakenMessage(2), errors: { capacityCases: capacityBelowTakenMessage(2) } },
    })
    expect(capacityBelowTakenMessage(2)).toContain('niet lager zijn dan 2')
    expect(await snapshot(sanne)).toEqual(before)
    expect(await auditOf(sanne)).toHaveLength(audit)
    expect(await placesOf(payload, 'cases', sanne)).toMatchObject({ capacity: 3, free: 1 })

    expect((await saveProfile(sanne, 'sanne', profileBody({ capacityCases: 2 }))).status).toBe(200)
    expect(await placesOf(payload, 'cases', sanne)).toMatchObject({ capacity: 2, free: 0, owed: 0 })
  })
})
