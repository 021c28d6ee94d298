import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createMember, createOrganisation, createRegion, createUser, signUpBody } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'

/**
 * Field-level access through Payload's REST API over real HTTP: who reads which profile
 * field, which fields only the system writes, the request content after `draft`, and the
 * case context on closed offers. Each rule: one allowed and one denied case, per role.
 */
type Role = 'pending' | 'therapist' | 'coordinatorA' | 'coordinatorB' | 'staff'
const PASSWORD = 'test-wachtwoord-123'

let payload: Payload
let server: RestServer
const token = {} as Record<Role, string>
const ids = {} as Record<string, string>
const userIds = {} as Record<Role, string>

const SENSITIVE = [
  'registrationNumber',
  'motivation',
  'capacityCases',
  'hoursPerWeek',
  'statusReason',
  'decidedAt',
  'decidedBy',
]
const CONTEXT = 'Moeder en kind wonen sinds kort in de opvang; het kind (6 jaar) slaapt slecht.'

async function login(email: string, password = PASSWORD) {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const rest = async (method: string, path: string, role: Role | 'anonymous', body?: unknown) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (role !== 'anonymous') headers.authorization = `JWT ${token[role]}`
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown> & {
      docs?: Record<string, unknown>[]
      errors?: { message: string }[]
      doc?: Record<string, unknown>
    },
  }
}
const stored = (
  collection: 'requests' | 'offers' | 'matches' | 'certificates' | 'groups' | 'enrollments' | 'group-signups',
  id: string,
) => payload.findByID({ collection, id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, unknown>>
const requestData = (organisation: string, status: string, extra: Record<string, unknown> = {}) =>
  ({
    title: `Aanvraag ${status}`,
    organisation,
    kind: 'case',
    region: ids.region,
    urgency: 'normal',
    status,
    context: CONTEXT,
    ...extra,
  }) as never

beforeAll(async () => {
  payload = await testPayload()
  server = await startRestServer()
  ids.region = String((await createRegion(payload)).id)
  ids.otherRegion = String((await createRegion(payload)).id)
  ids.orgA = String((await createOrganisation(payload, ids.region, 'Opvang A')).id)
  ids.orgB = String((await createOrganisation(payload, ids.region, 'Opvang B')).id)
  const accounts: Record<Exclude<Role, 'pending'>, Awaited<ReturnType<typeof createUser>>> = {
    therapist: await createUser(payload, ['therapist']),
    coordinatorA: await createUser(payload, ['coordinator'], { organisation: ids.orgA }),
    coordinatorB: await createUser(payload, ['coordinator'], { organisation: ids.orgB }),
    staff: await createUser(payload, ['admin']),
  }
  for (const [role, account] of Object.entries(accounts)) {
    userIds[role as Role] = String(account.id)
    token[role as Role] = await login(account.email)
  }
  ids.member = String((await createMember(payload, userIds.therapist, ids.region, 'active')).id)
  const other = await createUser(payload, ['therapist'])
  ids.otherMember = String(
    (
      await payload.update({
        collection: 'members',
        id: (await createMember(payload, String(other.id), ids.region, 'active')).id,
        data: { motivation: 'Eigen motivatie', statusReason: 'Goedgekeurd na gesprek' },
        overrideAccess: true,
      })
    ).id,
  )

  // A fresh account through the public sign-up: therapist role at once, profile pending.
  const body = signUpBody(ids.region)
  const signUp = await fetch(`${server.url}/api/members/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(signUp.status).toBeLessThan(300)
  token.pending = await login(body.email, body.password)
  ids.pendingMember = String(
    (
      await payload.find({
        collection: 'members',
        where: { registrationNumber: { equals: body.registrationNumber } },
        overrideAccess: true,
      })
    ).docs[0]!.id,
  )

  // Org A waits for its confirmation of the therapist (accepted offer); another offer was declined.
  ids.awaiting = String(
    (
      await payload.create({
        collection: 'requests',
        data: requestData(ids.orgA, 'awaiting-confirmation'),
        overrideAccess: true,
      })
    ).id,
  )
  ids.declinedRequest = String(
    (await payload.create({ collection: 'requests', data: requestData(ids.orgB, 'matching'), overrideAccess: true }))
      .id,
  )
  const summary = `Eén casus · regio Test\n\nToelichting: ${CONTEXT}`
  ids.acceptedOffer = String(
    (
      await payload.create({
        collection: 'offers',
        data: { request: ids.awaiting, member: ids.member, status: 'accepted', summary },
        overrideAccess: true,
      })
    ).id,
  )
  ids.declinedOffer = String(
    (
      await payload.create({
        collection: 'offers',
        data: { request: ids.declinedRequest, member: ids.member, status: 'declined', summary },
        overrideAccess: true,
      })
    ).id,
  )
}, 120_000)

afterAll(async () => {
  await server?.stop()
  if (payload) await dropTestDatabase(payload)
})

describe('member profiles: who reads whom', () => {
  it('anonymous: no profiles at all', async () => {
    expect((await rest('GET', '/api/members', 'anonymous')).status).toBe(403)
  })

  it('pending therapist (fresh sign-up): reads their own profile, no one else’s', async () => {
    const list = await rest('GET', '/api/members?limit=100', 'pending')
    expect(list.status).toBe(200)
    expect(list.json.docs!.map((doc) => doc.id)).toEqual([ids.pendingMember])
    expect((await rest('GET', `/api/members/${ids.otherMember}`, 'pending')).status).toBe(404)
  })

  it('therapist: reads another active member without registration number, motivation, capacity or decision; their own with them', async () => {
    const other = await rest('GET', `/api/members/${ids.otherMember}`, 'therapist')
    expect(other.status).toBe(200)
    expect(other.json.displayName).toBe('Test Behandelaar')
    for (const field of SENSITIVE) expect(other.json).not.toHaveProperty(field)
    const own = await rest('GET', `/api/members/${ids.member}`, 'therapist')
    expect(own.json).toMatchObject({ registrationNumber: expect.any(String), capacityCases: 2 })
  })

  it('therapist: cannot probe a hidden field with a query', async () => {
    const probe = await rest('GET', `/api/members?where[motivation][like]=motivatie`, 'therapist')
    expect(probe.status).toBe(400)
    const staff = await rest('GET', `/api/members?where[motivation][like]=motivatie`, 'staff')
    expect(staff.json.docs!.map((doc) => doc.id)).toEqual([ids.otherMember])
  })

  it('coordinator org A: reads only the therapist waiting for its confirmation, without the private fields', async () => {
    const list = await rest('GET', '/api/members?limit=100', 'coordinatorA')
    expect(list.json.docs!.map((doc) => doc.id)).toEqual([ids.member])
    for (const field of SENSITIVE) expect(list.json.docs![0]).not.toHaveProperty(field)
  })

  it('coordinator org B: reads no therapist at all', async () => {
    const list = await rest('GET', '/api/members?limit=100', 'coordinatorB')
    expect(list.json.docs ?? []).toEqual([])
    expect((await rest('GET', `/api/members/${ids.member}`, 'coordinatorB')).status).toBe(404)
  })

  it('staff: read every profile with every field', async () => {
    const pending = await rest('GET', `/api/members/${ids.pendingMember}`, 'staff')
    expect(pending.json).toMatchObject({
      status: 'pending',
      motivation: expect.any(String),
      registrationNumber: expect.any(String),
    })
    expect((await rest('GET', `/api/members/${ids.otherMember}`, 'staff')).json).toMatchObject({
      statusReason: 'Goedgekeurd na gesprek',
    })
  })
})

describe('requests: system fields and the content after draft', () => {
  const SYSTEM = {
    workflowId: 'matching-foo',
    submittedAt: '2020-01-01T00:00:00.000Z',
    status: 'matched',
    closedReason: 'Gesloten',
    escalation: { reason: 'deadline', temporalLink: 'https://evil.example.test/' },
  }

  it('coordinator org A: edits their own draft’s content, but organisation, filer, workflow id, dates, status and escalation stay as the system set them', async () => {
    const draft = String(
      (
        await payload.create({
          collection: 'requests',
          data: requestData(ids.orgA, 'draft', { createdBy: userIds.coordinatorA }),
          overrideAccess: true,
        })
      ).id,
    )
    const { status } = await rest('PATCH', `/api/requests/${draft}`, 'coordinatorA', {
      title: 'Nieuwe titel',
      organisation: ids.orgB,
      createdBy: userIds.staff,
      ...SYSTEM,
    })
    expect(status).toBe(200)
    const after = await stored('requests', draft)
    expect(after).toMatchObject({
      title: 'Nieuwe titel',
      organisation: ids.orgA,
      createdBy: userIds.coordinatorA,
      status: 'draft',
    })
    for (const field of ['workflowId', 'submittedAt', 'closedReason']) expect(after[field] ?? null).toBeNull()
    expect((after.escalation as Record<string, unknown> | undefined)?.temporalLink ?? null).toBeNull()
  })

  it('coordinator org A: a new request is a draft filed by them, whatever system fields they send', async () => {
    const created = await rest('POST', '/api/requests', 'coordinatorA', {
      ...(requestData(ids.orgA, 'draft') as object),
      createdBy: userIds.staff,
      ...SYSTEM,
    })
    expect(created.status).toBe(201)
    const after = await stored('requests', String(created.json.doc!.id))
    expect(after).toMatchObject({ status: 'draft', createdBy: userIds.coordinatorA })
    expect(after.workflowId ?? null).toBeNull()
    expect(after.submittedAt ?? null).toBeNull()
  })

  it('coordinator org B: cannot touch org A’s draft', async () => {
    const draft = String(
      (await payload.create({ collection: 'requests', data: requestData(ids.orgA, 'draft'), overrideAccess: true })).id,
    )
    expect((await rest('PATCH', `/api/requests/${draft}`, 'coordinatorB', { title: 'Overgenomen' })).status).toBe(403)
    expect((await stored('requests', draft)).title).toBe('Aanvraag draft')
  })

  it('staff: do not set the workflow id or the status through REST either; the system does (overrideAccess)', async () => {
    const draft = String(
      (await payload.create({ collection: 'requests', data: requestData(ids.orgA, 'draft'), overrideAccess: true })).id,
    )
    expect(
      (await rest('PATCH', `/api/requests/${draft}`, 'staff', { workflowId: 'matching-foo', status: 'closed' })).status,
    ).toBe(200)
    expect(await stored('requests', draft)).toMatchObject({ status: 'draft' })
    expect((await stored('requests', draft)).workflowId ?? null).toBeNull()
    await payload.update({
      collection: 'requests',
      id: draft,
      data: { workflowId: `matching-${draft}`, status: 'matching' },
      overrideAccess: true,
    })
    expect(await stored('requests', draft)).toMatchObject({ workflowId: `matching-${draft}`, status: 'matching' })
  })

  it('coordinator org A: once submitted, region and expertise are refused in Dutch and nothing is written', async () => {
    const submitted = String(
      (await payload.create({ collection: 'requests', data: requestData(ids.orgA, 'matching'), overrideAccess: true }))
        .id,
    )
    const { status, json } = await rest('PATCH', `/api/requests/${submitted}`, 'coordinatorA', {
      region: ids.otherRegion,
      title: 'Anders',
    })
    expect(status).toBe(409)
    expect(json.errors![0]!.message).toMatch(/^Deze aanvraag is al ingediend/)
    expect(await stored('requests', submitted)).toMatchObject({ region: ids.region, title: 'Aanvraag matching' })
  })

  it('staff: the content of a submitted request is locked for them too; a save that changes nothing and the system’s status writes pass', async () => {
    const submitted = String(
      (await payload.create({ collection: 'requests', data: requestData(ids.orgA, 'matching'), overrideAccess: true }))
        .id,
    )
    expect((await rest('PATCH', `/api/requests/${submitted}`, 'staff', { context: 'Iets anders' })).status).toBe(409)
    const before = await stored('requests', submitted)
    expect(
      (
        await rest('PATCH', `/api/requests/${submitted}`, 'staff', {
          title: before.title,
          region: before.region,
          context: before.context,
        })
      ).status,
    ).toBe(200)
    await payload.update({
      collection: 'requests',
      id: submitted,
      data: {
        status: 'escalated',
        escalation: { reason: 'deadline', at: new Date().toISOString(), temporalLink: 'http://localhost:8233/x' },
      },
      overrideAccess: true,
    })
    expect(await stored('requests', submitted)).toMatchObject({ status: 'escalated', context: CONTEXT })
  })
})

describe('records the workflows keep: no user sets their system fields', () => {
  it('offers: staff neither create nor change one through REST (403); the therapist neither', async () => {
    expect(
      (
        await rest('POST', '/api/offers', 'staff', {
          request: ids.awaiting,
          member: ids.otherMember,
          status: 'confirmed',
        })
      ).status,
    ).toBe(403)
    expect((await rest('PATCH', `/api/offers/${ids.acceptedOffer}`, 'staff', { status: 'confirmed' })).status).toBe(403)
    expect((await rest('PATCH', `/api/offers/${ids.acceptedOffer}`, 'therapist', { status: 'confirmed' })).status).toBe(
      403,
    )
    expect(await stored('offers', ids.acceptedOffer)).toMatchObject({ status: 'accepted' })
  })

  it('matches: staff correct the agreed hours, not the request, therapist, organisation or confirmation', async () => {
    const request = String(
      (await payload.create({ collection: 'requests', data: requestData(ids.orgA, 'matched'), overrideAccess: true }))
        .id,
    )
    const match = String(
      (
        await payload.create({
          collection: 'matches',
          data: { request, organisation: ids.orgA, member: ids.member, confirmedAt: '2026-01-01T00:00:00.000Z' },
          overrideAccess: true,
        })
      ).id,
    )
    expect(
      (
        await rest('POST', '/api/matches', 'staff', {
          request: ids.awaiting,
          organisation: ids.orgA,
          member: ids.member,
        })
      ).status,
    ).toBe(403)
    const { status } = await rest('PATCH', `/api/matches/${match}`, 'staff', {
      hoursPerWeek: 5,
      member: ids.otherMember,
      organisation: ids.orgB,
      confirmedAt: '2020-01-01T00:00:00.000Z',
      confirmedBy: userIds.staff,
    })
    expect(status).toBe(200)
    const after = await stored('matches', match)
    expect(after).toMatchObject({
      hoursPerWeek: 5,
      member: ids.member,
      organisation: ids.orgA,
      confirmedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(after.confirmedBy ?? null).toBeNull()
  })

  it('enrolments and group sign-ups: staff change nothing through REST (403)', async () => {
    const training = String(
      (
        await payload.create({
          collection: 'trainings',
          data: { title: 'EMDR basis', summary: 'Basis', format: 'online', capacity: 4 },
          overrideAccess: true,
        })
      ).id,
    )
    const enrollment = String(
      (
        await payload.create({
          collection: 'enrollments',
          data: { training, member: ids.member, status: 'active' },
          overrideAccess: true,
        })
      ).id,
    )
    expect(
      (await rest('PATCH', `/api/enrollments/${enrollment}`, 'staff', { status: 'completed', percent: 100 })).status,
    ).toBe(403)
    expect(await stored('enrollments', enrollment)).toMatchObject({ status: 'active', percent: 0 })
    const signup = String(
      (
        await payload.create({
          collection: 'group-signups',
          data: { member: ids.member, kind: 'intervision', region: ids.region, theme: 'EMDR', status: 'waiting' },
          overrideAccess: true,
        })
      ).id,
    )
    expect(
      (
        await rest('PATCH', `/api/group-signups/${signup}`, 'staff', {
          formationWorkflowId: 'pool-foo',
          status: 'placed',
        })
      ).status,
    ).toBe(403)
    expect(await stored('group-signups', signup)).toMatchObject({ status: 'waiting' })
  })

  it('certificates: staff revoke one, but do not change its number, holder or validity', async () => {
    const training = String(
      (
        await payload.create({
          collection: 'trainings',
          data: { title: 'Horizon', summary: 'Basis', format: 'online', capacity: 4 },
          overrideAccess: true,
        })
      ).id,
    )
    const certificate = String(
      (
        await payload.create({
          collection: 'certificates',
          data: {
            number: `DT-${Date.now()}`,
            member: ids.member,
            training,
            issuedAt: '2026-01-01T00:00:00.000Z',
            validUntil: '2031-01-01T00:00:00.000Z',
            status: 'valid',
          },
          overrideAccess: true,
        })
      ).id,
    )
    expect(
      (
        await rest('PATCH', `/api/certificates/${certificate}`, 'staff', {
          status: 'revoked',
          validUntil: '2099-01-01T00:00:00.000Z',
          member: ids.otherMember,
          number: 'DT-VERVALST',
        })
      ).status,
    ).toBe(200)
    expect(await stored('certificates', certificate)).toMatchObject({
      status: 'revoked',
      validUntil: '2031-01-01T00:00:00.000Z',
      member: ids.member,
      number: expect.stringMatching(/^DT-\d+$/),
    })
  })

  it('groups: staff rename a group, but do not change its status, members or formation reference', async () => {
    const group = String(
      (
        await payload.create({
          collection: 'groups',
          data: {
            name: 'Intervisie Noord',
            kind: 'intervision',
            region: ids.region,
            theme: 'EMDR',
            members: [ids.member],
            status: 'confirmed',
            formationRef: `pool-${Date.now()}-1`,
          },
          overrideAccess: true,
        })
      ).id,
    )
    expect(
      (
        await rest('PATCH', `/api/groups/${group}`, 'staff', {
          name: 'Intervisie Noord 2',
          status: 'finished',
          members: [ids.otherMember],
          formationRef: 'vervalst',
        })
      ).status,
    ).toBe(200)
    expect(await stored('groups', group)).toMatchObject({
      name: 'Intervisie Noord 2',
      status: 'confirmed',
      members: [ids.member],
      formationRef: expect.stringMatching(/^pool-/),
    })
  })
})

describe('offers: the case context only while the therapist is concerned', () => {
  it('therapist: reads the context of an offer they accepted, not of one they declined', async () => {
    expect((await rest('GET', `/api/offers/${ids.acceptedOffer}`, 'therapist')).json.summary).toContain(CONTEXT)
    const declined = await rest('GET', `/api/offers/${ids.declinedOffer}`, 'therapist')
    expect(declined.status).toBe(200)
    expect(declined.json).toMatchObject({ status: 'declined' })
    expect(declined.json).not.toHaveProperty('summary')
    expect((await rest('GET', `/api/offers?where[summary][like]=opvang`, 'therapist')).status).toBe(400)
  })

  it('staff: still read the context of a closed offer', async () => {
    expect((await rest('GET', `/api/offers/${ids.declinedOffer}`, 'staff')).json.summary).toContain(CONTEXT)
  })
})
