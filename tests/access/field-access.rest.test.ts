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
type Role = 'pending' | 'therapist' | 'coordinatorA' | 'staff'
const PASSWORD = 'test-wachtwoord-123'

let payload: Payload
let server: RestServer
const token = {} as Record<Role, string>
const ids = {} as Record<string, string>
const userIds = {} as Record<Role, string>

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
const stored = (collection: 'requests', id: string) =>
  payload.findByID({ collection, id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, unknown>>
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
  const accounts: Record<Exclude<Role, 'pending'>, Awaited<ReturnType<typeof createUser>>> = {
    therapist: await createUser(payload, ['therapist']),
    coordinatorA: await createUser(payload, ['coordinator'], { organisation: ids.orgA }),
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

  // Org A waits for its confirmation of the therapist (accepted offer).
  ids.awaiting = String(
    (
      await payload.create({
        collection: 'requests',
        data: requestData(ids.orgA, 'awaiting-confirmation'),
        overrideAccess: true,
      })
    ).id,
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
}, 120_000)

afterAll(async () => {
  await server?.stop()
  if (payload) await dropTestDatabase(payload)
})

// Who sees which field of which document, and who changes it, are cells of the access matrix
// (matrix/fields.ts); here what the table does not say: a real sign-up, probing by query, the
// system fields of a new request, and the Dutch refusal of a submitted request's content.
describe('member profiles: who reads whom', () => {
  it('pending therapist (fresh sign-up): reads their own profile, no one else’s', async () => {
    const list = await rest('GET', '/api/members?limit=100', 'pending')
    expect(list.status).toBe(200)
    expect(list.json.docs!.map((doc) => doc.id)).toEqual([ids.pendingMember])
    expect((await rest('GET', `/api/members/${ids.otherMember}`, 'pending')).status).toBe(404)
  })

  it('therapist: cannot probe a hidden field with a query', async () => {
    const probe = await rest('GET', `/api/members?where[motivation][like]=motivatie`, 'therapist')
    expect(probe.status).toBe(400)
    const staff = await rest('GET', `/api/members?where[motivation][like]=motivatie`, 'staff')
    expect(staff.json.docs!.map((doc) => doc.id)).toEqual([ids.otherMember])
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

describe('offers: the case context only while the therapist is concerned', () => {
  it('therapist: cannot probe the case context with a query', async () => {
    expect((await rest('GET', `/api/offers?where[summary][like]=opvang`, 'therapist')).status).toBe(400)
  })
})
