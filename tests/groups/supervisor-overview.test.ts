import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { supervisorOverview } from '../../frontend/lib/supervisorGroups'
import { respondAsSupervisor, respondToGroup } from '../../workflows/group/client'
import { eventually } from '../helpers/eventually'
import { createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import { groupHelpers, setGroupSettings, supervisor, therapists } from './helpers'

/** The data of the supervisor's Groepen page, from a real pool and group run. */
let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let h: ReturnType<typeof groupHelpers>

beforeAll(async () => {
  payload = await testPayload()
  const staffEmail = uniqueEmail('staff')
  await createUser(payload, ['admin'], { email: staffEmail })
  await setGroupSettings(payload, staffEmail)
}, 120_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
  h = groupHelpers(payload, env)
}, 60_000)

afterEach(() => world?.stop())

const asUser = async (userId: string) =>
  ({
    ...(await payload.findByID({ collection: 'users', id: userId, overrideAccess: true })),
    collection: 'users',
  }) as User
const overview = async (userId: string) => supervisorOverview(payload, await asUser(userId), env.client)

describe('supervisorOverview', () => {
  it('first the group waiting for the answer with its deadline, then the led group with names and sessions, and the pools of the own regions as counts', async () => {
    const region = await createRegion(payload)
    const regionId = String(region.id)
    const elsewhere = String((await createRegion(payload)).id)
    const sup = await supervisor(payload, [regionId])
    const farAway = await supervisor(payload, [elsewhere])
    const people = await therapists(payload, regionId, 5)
    const names = ['Anna Aalders', 'Bram Bos', 'Cora de Clercq', 'Daan Dekker', 'Eva Elzinga']
    for (const [i, person] of people.entries())
      await payload.update({
        collection: 'members',
        id: person.memberId,
        data: { displayName: names[i]! },
        overrideAccess: true,
      })
    const body = { kind: 'supervision' as const, region: regionId, availability: ['di-middag'], onlineAllowed: true }
    for (const person of people.slice(0, 4)) await h.signUp(person, { ...body, theme: 'emdr' })
    await h.signUp(people[4]!, { ...body, theme: 'gehechtheid' })

    const groupId = String((await h.waitForGroups(regionId, 1))[0]!.id)
    for (const person of people.slice(0, 4)) {
      // The group workflow starts just after the group document exists.
      await eventually(async () =>
        (await h.groupState(groupId).catch(() => null))?.participants.some(
          (p) => p.memberId === person.memberId && p.status === 'pending',
        )
          ? true
          : null,
      )
      expect((await respondToGroup(env.client, groupId, person.memberId, true)).ok).toBe(true)
    }
    await eventually(async () => ((await h.groupState(groupId)).supervisor.offeredTo === sup.userId ? true : null))

    const asked = await overview(sup.userId)
    expect(asked.toAnswer).toHaveLength(1)
    expect(asked.toAnswer[0]).toMatchObject({ id: groupId, regionName: region.name, participantCount: 4 })
    const respondBy = Date.parse(asked.toAnswer[0]!.respondBy!)
    expect(respondBy - (await env.currentTimeMs())).toBeGreaterThan(71 * 3_600_000)
    expect(asked.toAnswer[0]).not.toHaveProperty('participants')
    expect(asked.leading).toEqual([])
    // The emdr pool went into the group; the attachment pool waits with one of two.
    expect(asked.pools).toEqual([
      expect.objectContaining({ regionName: region.name, theme: 'gehechtheid', waiting: 1, stillNeeded: 1 }),
    ])
    expect(JSON.stringify(asked.pools)).not.toContain(people[4]!.memberId)

    expect((await respondAsSupervisor(env.client, groupId, sup.userId, true)).ok).toBe(true)
    await h.waitForPhase(groupId, 'scheduled')
    const leads = await overview(sup.userId)
    expect(leads.toAnswer).toEqual([])
    expect(leads.leading).toHaveLength(1)
    expect(leads.leading[0]!.participants.map((p) => p.name).sort()).toEqual(names.slice(0, 4))
    expect(leads.leading[0]!.sessions).toHaveLength(10)
    expect(leads.leading[0]!.sessions.every((s) => s.durationMinutes === 150 && !s.attendanceRecorded)).toBe(true)

    // A supervisor of another region is neither asked nor shown this region's pools.
    expect(await overview(farAway.userId)).toEqual({ toAnswer: [], leading: [], pools: [] })
  })
})
