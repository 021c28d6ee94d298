import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'

/**
 * The client-data guard on every way a free text is written: Payload's plain REST
 * (POST/PATCH /api/<collection>, JSON or the admin panel's multipart `_payload`), the
 * custom endpoints the portal posts to, and the Local API the workflow activities use.
 * Each refusal is a 400 whose top-level message is Dutch and names the field, and
 * nothing is stored.
 */
const CASE_TEXT = 'Kind (BSN 111222333, geb. 12-03-2015) is verhuisd naar 1012 AB 5'

let payload: Payload
let server: RestServer
const token = {} as Record<'coordinator' | 'admin' | 'therapist', string>
const ids = {} as Record<string, string>

beforeAll(async () => {
  payload = await testPayload()
  server = await startRestServer()
  ids.region = String((await createRegion(payload)).id)
  ids.org = String((await createOrganisation(payload, ids.region)).id)
  const users = {
    coordinator: await createUser(payload, ['coordinator'], { organisation: ids.org }),
    admin: await createUser(payload, ['admin']),
    therapist: await createUser(payload, ['therapist']),
  }
  for (const [role, user] of Object.entries(users)) {
    token[role as keyof typeof token] = (
      await payload.login({ collection: 'users', data: { email: user.email, password: 'test-wachtwoord-123' } })
    ).token!
  }
  ids.member = String((await createMember(payload, String(users.therapist.id), ids.region)).id)
  ids.request = String(
    (
      await payload.create({
        collection: 'requests',
        data: {
          title: 'EMDR voor een kind',
          organisation: ids.org,
          kind: 'case',
          region: ids.region,
          urgency: 'normal',
          status: 'draft',
        },
        overrideAccess: true,
      })
    ).id,
  )
  ids.offer = String(
    (
      await payload.create({
        collection: 'offers',
        data: { request: ids.request, member: ids.member, status: 'open' },
        overrideAccess: true,
      })
    ).id,
  )
  ids.match = String(
    (
      await payload.create({
        collection: 'matches',
        data: { request: ids.request, organisation: ids.org, member: ids.member },
        overrideAccess: true,
      })
    ).id,
  )
}, 60_000)

afterAll(async () => {
  await server?.stop()
  if (payload) await dropTestDatabase(payload)
})

const rest = async (method: string, path: string, role: keyof typeof token, body: unknown) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token[role]}` },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as { message?: string; errors?: unknown } }
}

/** Payload's error shape: `{ errors: [{ message, data: { errors: [{ path, message }] } }] }`. */
const payloadRefusal = (json: { errors?: unknown }) => {
  const [first] = json.errors as { message: string; data?: { errors?: { path: string; message: string }[] } }[]
  return { message: first!.message, paths: (first!.data?.errors ?? []).map((field) => field.path) }
}

describe('client data is refused on every path', () => {
  it('plain REST create: 400, Dutch top-level message naming the field, nothing stored', async () => {
    const before = await payload.count({ collection: 'requests', overrideAccess: true })
    const { status, json } = await rest('POST', '/api/requests', 'coordinator', {
      title: 'Kind in opvang',
      organisation: ids.org,
      kind: 'case',
      region: ids.region,
      context: CASE_TEXT,
    })
    expect(status).toBe(400)
    expect(payloadRefusal(json)).toEqual({
      message: expect.stringMatching(
        /^De toelichting bevat een geboortedatum en een burgerservicenummer \(BSN\) en een adres of postcode\./,
      ),
      paths: ['context'],
    })
    expect(await payload.count({ collection: 'requests', overrideAccess: true })).toEqual(before)
  })

  it('plain REST PATCH of closedReason (the field the cancel reason lands in): only the system writes it, the request unchanged', async () => {
    const { status } = await rest('PATCH', `/api/requests/${ids.request}`, 'coordinator', { closedReason: CASE_TEXT })
    expect(status).toBe(200)
    const stored = await payload.findByID({ collection: 'requests', id: ids.request, overrideAccess: true })
    expect(stored.closedReason ?? null).toBeNull()
  })

  it('a title or context that is not text is a clear 400, not a TypeError 500', async () => {
    const title = await rest('PATCH', `/api/requests/${ids.request}`, 'coordinator', { title: 12345 })
    expect(title.status).toBe(400)
    expect(payloadRefusal(title.json)).toEqual({ message: 'De korte titel moet tekst zijn.', paths: ['title'] })
    const context = await rest('PATCH', `/api/requests/${ids.request}`, 'coordinator', { context: { $gt: '' } })
    expect(context.status).toBe(400)
    expect(payloadRefusal(context.json)).toEqual({ message: 'De toelichting moet tekst zijn.', paths: ['context'] })
  })

  it("the admin panel's save (multipart with _payload) is refused the same way", async () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ context: 'Moeder: moeder.jansen at gmail punt com, (06) 12345678' }))
    const response = await fetch(`${server.url}/api/requests/${ids.request}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token.admin}` },
      body: form,
    })
    expect(response.status).toBe(400)
    expect(payloadRefusal((await response.json()) as { errors?: unknown })).toEqual({
      message: expect.stringMatching(/^De toelichting bevat een e-mailadres en een telefoonnummer\./),
      paths: ['context'],
    })
  })

  it('offer decline reasons and follow-up answers are refused through REST as well', async () => {
    // No one writes an offer through REST: the workflow does, through the Local API, where the guard runs too.
    const offer = await rest('PATCH', `/api/offers/${ids.offer}`, 'admin', {
      declineReason: 'Gezin woont op Kerkstraat 12',
    })
    expect(offer.status).toBe(403)
    expect(
      (await payload.findByID({ collection: 'offers', id: ids.offer, overrideAccess: true })).declineReason ?? null,
    ).toBeNull()
    const match = await rest('PATCH', `/api/matches/${ids.match}`, 'admin', {
      followUp: { started: true, outcome: 'Moeder gebeld op 020-1234567' },
    })
    expect(match.status).toBe(400)
    expect(payloadRefusal(match.json)).toEqual({
      message: expect.stringMatching(/^De toelichting bij de nazorg bevat een telefoonnummer\./),
      paths: ['followUp.outcome'],
    })
  })

  it('the cancel endpoint refuses client data in its reason before it reaches the workflow', async () => {
    const { status, json } = await rest('POST', `/api/requests/${ids.request}/cancel`, 'coordinator', {
      reason: CASE_TEXT,
    })
    expect(status).toBe(400)
    expect(json.message).toMatch(/^De reden van annuleren bevat/)
    expect(json.errors).toEqual({ reason: json.message })
  })

  it('the Local API (what workflow activities use, with overrideAccess) is guarded too', async () => {
    await expect(
      payload.update({
        collection: 'requests',
        id: ids.request,
        data: { closedReason: CASE_TEXT },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^De reden van sluiten of annuleren bevat/),
    })
  })

  it('ordinary text passes on the same paths, and an unrelated update never trips over it', async () => {
    const { status } = await rest('PATCH', `/api/requests/${ids.request}`, 'coordinator', {
      context: 'Jongen van 6 jaar, sinds 2019 in beeld; 2 uur per week, liefst om 14:30.',
    })
    expect(status).toBe(200)
    const urgency = await rest('PATCH', `/api/requests/${ids.request}`, 'coordinator', { urgency: 'high' })
    expect(urgency.status).toBe(200)
  })
})
