import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { confirmAvailability } from '../../src/store/availabilityConfirmations'
import type { RegionAvailability } from '../../src/store/availabilityOverview'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'

/** Staff see per region each therapist's last confirmation and who is stale; nobody else does. */
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

async function tokenOf(email: string): Promise<string> {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'test-wachtwoord-123' }),
  })
  return ((await response.json()) as { token: string }).token
}
const overview = async (token?: string) =>
  fetch(`${server.url}/api/availability-confirmations/overview`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })

describe('GET /api/availability-confirmations/overview', () => {
  it('staff see the date per therapist and who is stale per region; a therapist, coordinator or anonymous does not', async () => {
    const region = await createRegion(payload)
    const therapistUser = await createUser(payload, ['therapist'])
    const fresh = await createMember(payload, String(therapistUser.id), String(region.id))
    const stale = await createMember(payload, String((await createUser(payload, ['therapist'])).id), String(region.id))
    const confirmedAt = new Date(Date.now() - 40 * 86_400_000)
    await confirmAvailability(payload, { memberId: String(stale.id) }, confirmedAt)

    const staff = await createUser(payload, ['admin'])
    const answer = await overview(await tokenOf(String(staff.email)))
    expect(answer.status).toBe(200)
    const { regions } = (await answer.json()) as { regions: RegionAvailability[] }
    const mine = regions.find((r) => r.regionId === String(region.id))!
    expect(mine.stale).toBe(1)
    expect(mine.therapists.map((t) => [t.memberId, t.stale, t.confirmed])).toEqual([
      [String(stale.id), true, true],
      [String(fresh.id), false, false],
    ])
    expect(mine.therapists[0]!.confirmedAt).toBe(confirmedAt.toISOString())
    expect(mine.therapists[0]!.days).toBe(40)

    const coordinator = await createUser(payload, ['coordinator'], {
      organisation: String((await createOrganisation(payload, String(region.id))).id),
    })
    for (const token of [await tokenOf(String(therapistUser.email)), await tokenOf(String(coordinator.email))]) {
      const refused = await overview(token)
      expect(refused.status).toBe(403)
      expect((await refused.json()).message).toMatch(/Alleen het platformteam/)
    }
    expect((await overview()).status).toBe(403)
  })
})
