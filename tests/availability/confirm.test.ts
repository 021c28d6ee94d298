import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { confirmToken, verifyConfirmToken } from '../../src/mail/confirmToken'
import { availabilityConfirmedAt, confirmAvailabilityByLink } from '../../src/store/availabilityConfirmations'
import { config } from '../../src/config'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'

const SECRET = 'test-geheim'
let payload: Payload
let server: RestServer

beforeAll(async () => {
  payload = await testPayload()
  server = await startRestServer()
}, 60_000)

afterAll(async () => {
  await server.stop()
  await dropTestDatabase(payload)
})

const post = (body: unknown) =>
  fetch(`${server.url}/api/availability-confirmations/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('availability confirm link', () => {
  const now = new Date('2026-12-03T08:00:00Z')
  const issuedAt = new Date('2026-12-01T05:00:00Z')

  it('a genuine link confirms once; the second click is told it was used', async () => {
    const memberId = `lid${Math.random().toString(36).slice(2, 10)}`
    const claim = verifyConfirmToken(confirmToken({ memberId, issuedAt }, SECRET), SECRET, now)
    expect(claim).toEqual({ memberId, issuedAt })
    expect(await availabilityConfirmedAt(payload, memberId)).toBeNull()

    const [first, second] = await Promise.all([
      confirmAvailabilityByLink(payload, memberId, issuedAt, now),
      confirmAvailabilityByLink(payload, memberId, issuedAt, new Date(now.getTime() + 1000)),
    ])
    expect([first, second].sort()).toEqual(['already-used', 'confirmed'])
    expect(await confirmAvailabilityByLink(payload, memberId, issuedAt, now)).toBe('already-used')

    // The next mail's link confirms again and moves the date on.
    const later = new Date('2026-12-17T09:00:00Z')
    expect(await confirmAvailabilityByLink(payload, memberId, new Date('2026-12-15T05:00:00Z'), later)).toBe(
      'confirmed',
    )
    expect(await availabilityConfirmedAt(payload, memberId)).toBe(later.toISOString())
  })

  it('refuses a forged, altered, expired or malformed token', () => {
    const genuine = confirmToken({ memberId: 'lidA', issuedAt }, SECRET)
    const [, issued, signature] = genuine.split('.')
    expect(verifyConfirmToken(confirmToken({ memberId: 'lidA', issuedAt }, 'ander-geheim'), SECRET, now)).toBeNull()
    expect(verifyConfirmToken(`lidB.${issued}.${signature}`, SECRET, now)).toBeNull()
    expect(verifyConfirmToken(`lidA.${Number(issued) + 1}.${signature}`, SECRET, now)).toBeNull()
    expect(verifyConfirmToken(genuine, SECRET, new Date('2027-01-15T00:00:00Z'))).toBeNull()
    expect(verifyConfirmToken('lidA.abc', SECRET, now)).toBeNull()
    expect(verifyConfirmToken(`lidA.${issued}.${signature}x`, SECRET, now)).toBeNull()
  })
})

describe('POST /api/availability-confirmations/confirm', () => {
  it('confirms without login once, then says the link was used; a forged token is refused in Dutch', async () => {
    const region = String((await createRegion(payload)).id)
    const member = await createMember(payload, String((await createUser(payload, ['therapist'])).id), region)
    const memberId = String(member.id)
    const token = confirmToken({ memberId, issuedAt: new Date(Date.now() - 60_000) }, config.PAYLOAD_SECRET)

    const forged = await post({ token: confirmToken({ memberId, issuedAt: new Date() }, 'niet-het-geheim') })
    expect(forged.status).toBe(400)
    expect((await forged.json()).message).toMatch(/ongeldig of verlopen/)
    expect(await availabilityConfirmedAt(payload, memberId)).toBeNull()

    const first = await post({ token })
    expect(first.status).toBe(200)
    expect((await first.json()).status).toBe('confirmed')
    expect(await availabilityConfirmedAt(payload, memberId)).not.toBeNull()

    const again = await post({ token })
    expect(again.status).toBe(409)
    expect((await again.json()).message).toMatch(/al gebruikt/)
  })
})
