import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { verifyCertificate } from '../../cms/endpoints/certification/verify'
import { ERASED_MEMBER_NAME } from '../../src/domain/erasure'
import { modelOf } from '../../src/store/modelOf'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'
import { createTraining, inDays } from '../certification/setup'

/**
 * A therapist asks to be removed, staff decide, over Payload's REST API on the real database: one
 * open request per member, nobody else reads it, a refusal needs a reason, nothing is erased while
 * an offer is open, one decision however many clicks, and after it the person is gone while their
 * certificate still verifies.
 */
let payload: Payload
let server: RestServer
const email = { holder: uniqueEmail('houder'), other: uniqueEmail('ander'), staff: uniqueEmail('staf') }
const PASSWORD = 'test-wachtwoord-123'
let memberId = ''
let userId = ''
let offerId = ''
const number = `DT-ERASE-${Date.now()}`

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const organisation = String((await createOrganisation(payload, region)).id)
  const holder = await createUser(payload, ['therapist'], { email: email.holder })
  userId = String(holder.id)
  memberId = String((await createMember(payload, userId, region, 'active')).id)
  await createMember(payload, String((await createUser(payload, ['therapist'], { email: email.other })).id), region)
  await createUser(payload, ['admin'], { email: email.staff })
  const request = await payload.create({
    collection: 'requests',
    data: { title: 'Aanvraag', organisation, kind: 'case', region, urgency: 'normal', status: 'matching' },
    overrideAccess: true,
  })
  offerId = String(
    (
      await payload.create({
        collection: 'offers',
        data: { request: request.id, member: memberId, status: 'open', reasons: 'EMDR, regio' },
        overrideAccess: true,
      })
    ).id,
  )
  const trainer = await createUser(payload, ['trainer'])
  const training = await createTraining(payload, [String(trainer.id)], [
    { kind: 'assignment', title: 'Verslag' },
  ] as never)
  const certificate = await payload.create({
    collection: 'certificates',
    data: {
      number,
      member: memberId,
      holderName: 'Anna de Vries',
      training: training.id,
      issuedAt: inDays(-10),
      validUntil: inDays(700),
      status: 'valid',
    },
    overrideAccess: true,
  })
  // Continuing education added for renewal: their own text and proof, erased with them.
  await payload.create({
    collection: 'credit-activities',
    data: {
      certificate: certificate.id,
      member: memberId,
      training: training.id,
      title: 'Congres traumabehandeling',
      date: inDays(-5),
      credits: 6,
      description: 'Twee dagen congres over traumabehandeling.',
      proofUrl: 'https://example.test/bewijs.pdf',
      status: 'approved',
    },
    overrideAccess: true,
  })
  server = await startRestServer()
}, 60_000)

afterAll(async () => {
  await server?.stop()
  await dropTestDatabase(payload)
})

async function tokenOf(address: string) {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: address, password: PASSWORD }),
  })
  return response.status === 200 ? ((await response.json()) as { token: string }).token : null
}
const post = (path: string, token: string | null, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
let requestId = ''

describe('asking for removal', () => {
  it('takes one open request per member, refuses a second and one without a login', async () => {
    const token = await tokenOf(email.holder)
    const first = await post('/api/deletion-requests/request', token, { reason: 'Ik stop met werken.' })
    expect(first.status).toBe(201)
    requestId = ((await first.json()) as { id: string }).id
    const second = await post('/api/deletion-requests/request', token, {})
    expect(second.status).toBe(409)
    await expect(second.json()).resolves.toMatchObject({
      message: 'Je verzoek om verwijdering ligt al bij het platformteam.',
    })
    expect((await post('/api/deletion-requests/request', null, {})).status).toBe(401)
  })

  it('is read by its member and staff only', async () => {
    const list = async (address: string) => {
      const response = await fetch(`${server.url}/api/deletion-requests?depth=0`, {
        headers: { authorization: `JWT ${await tokenOf(address)}` },
      })
      return ((await response.json()) as { docs: { id: string }[] }).docs.map((doc) => doc.id)
    }
    expect(await list(email.holder)).toEqual([requestId])
    expect(await list(email.other)).toEqual([])
    expect(await list(email.staff)).toEqual([requestId])
  })
})

describe('deciding on removal', () => {
  it('is for staff, a refusal needs a reason, and nothing is erased while an offer is open', async () => {
    const therapist = await tokenOf(email.other)
    expect((await post(`/api/deletion-requests/${requestId}/decide`, therapist, { decision: 'approve' })).status).toBe(
      403,
    )
    const staff = await tokenOf(email.staff)
    const refusal = await post(`/api/deletion-requests/${requestId}/decide`, staff, { decision: 'reject', note: 'nee' })
    expect(refusal.status).toBe(400)
    const blocked = await post(`/api/deletion-requests/${requestId}/decide`, staff, { decision: 'approve' })
    expect(blocked.status).toBe(409)
    await expect(blocked.json()).resolves.toMatchObject({
      message: 'Eerst afronden of beëindigen: 1 open aanbieding. Daarna kan de verwijdering worden uitgevoerd.',
    })
    const member = await payload.findByID({ collection: 'members', id: memberId, overrideAccess: true })
    expect(member.displayName).toBe('Test Behandelaar')
  })

  it('erases the person once, however many clicks, and their certificate still verifies', async () => {
    await modelOf(payload, 'offers').updateOne(
      { _id: offerId },
      { $set: { status: 'declined', declineReason: 'Vol.' } },
    )
    const staff = await tokenOf(email.staff)
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(`/api/deletion-requests/${requestId}/decide`, staff, { decision: 'approve' }),
      ),
    )
    // Clicks that come while the erasure runs finish it with the first (200); later ones are told it was decided.
    const statuses = answers.map((answer) => answer.status)
    expect(statuses).toContain(200)
    expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([])
    const late = await post(`/api/deletion-requests/${requestId}/decide`, staff, { decision: 'approve' })
    expect(late.status).toBe(409)
    await expect(late.json()).resolves.toMatchObject({ message: 'Over dit verzoek is al beslist.' })

    const member = (await modelOf(payload, 'members').findById(memberId).lean()) as Record<string, unknown>
    expect(member).toMatchObject({ displayName: ERASED_MEMBER_NAME, status: 'inactive' })
    for (const gone of ['user', 'registrationNumber', 'intro', 'regionsServed']) expect(member).not.toHaveProperty(gone)
    const account = (await modelOf(payload, 'users').findById(userId).lean()) as Record<string, unknown>
    expect(account.email).toBe(`verwijderd-${userId}@drakentemmers.invalid`)
    expect(account).not.toHaveProperty('hash')
    expect(await tokenOf(email.holder)).toBeNull()
    const offer = (await modelOf(payload, 'offers').findById(offerId).lean()) as Record<string, unknown>
    expect(offer).toMatchObject({ status: 'declined' })
    expect(offer).not.toHaveProperty('declineReason')
    expect(offer).not.toHaveProperty('reasons')

    const activities = await payload.count({
      collection: 'credit-activities',
      where: { member: { equals: memberId } },
      overrideAccess: true,
    })
    expect(activities.totalDocs).toBe(0)
    expect(await verifyCertificate(payload, number)).toMatchObject({ status: 'valid', holderName: 'Anna de Vries' })
    const request = await payload.findByID({ collection: 'deletion-requests', id: requestId, overrideAccess: true })
    expect(request).toMatchObject({ status: 'approved' })
    expect(request.completedAt).toBeTruthy()
    const audit = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'erase' } },
      pagination: false,
      overrideAccess: true,
    })
    expect(audit.docs.map((entry) => [entry.actorLabel, entry.targetId])).toEqual([[email.staff, memberId]])
  })
})
