import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { claimPlace } from '../../src/store/places'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'

/** The groups access rules (cms/access/groupsRead, ownSupervisorProfile, ownCapacity): one allowed and one denied case each. */
let payload: Payload
type U = Awaited<ReturnType<typeof createUser>>
const users = {} as Record<'leader' | 'offered' | 'otherSupervisor' | 'proposed' | 'outsider', U>
const ids = {} as Record<string, string>
const as = (user: U) => ({ overrideAccess: false, user: { ...user, collection: 'users' as const } })

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  for (const name of ['leader', 'offered', 'otherSupervisor'] as const)
    users[name] = await createUser(payload, ['supervisor'])
  for (const name of ['proposed', 'outsider'] as const) users[name] = await createUser(payload, ['therapist'])
  ids.proposed = String((await createMember(payload, String(users.proposed.id), region)).id)
  await createMember(payload, String(users.outsider.id), region)
  ids.group = String(
    (
      await payload.create({
        collection: 'groups',
        data: {
          name: 'Supervisie EMDR',
          kind: 'supervision',
          region,
          theme: 'emdr',
          supervisor: users.leader.id,
          offeredSupervisors: [users.offered.id],
          proposedMembers: [ids.proposed],
          status: 'proposed',
        },
        overrideAccess: true,
      })
    ).id,
  )
  ids.profile = String(
    (
      await payload.create({
        collection: 'supervisor-profiles',
        data: { displayName: 'Leider', user: users.leader.id, regions: [region], maxGroups: 2 },
        overrideAccess: true,
      })
    ).id,
  )
}, 60_000)

afterAll(async () => dropTestDatabase(payload))

const visibleGroups = async (user: U) =>
  (await payload.find({ collection: 'groups', depth: 0, ...as(user) })).docs.map((d) => String(d.id))

describe('groupsRead', () => {
  it('the leading and the offered supervisor see the group; another supervisor does not', async () => {
    expect(await visibleGroups(users.leader)).toEqual([ids.group])
    expect(await visibleGroups(users.offered)).toEqual([ids.group])
    expect(await visibleGroups(users.otherSupervisor)).toEqual([])
  })
  it('a proposed therapist sees the group; an outsider does not', async () => {
    expect(await visibleGroups(users.proposed)).toEqual([ids.group])
    expect(await visibleGroups(users.outsider)).toEqual([])
  })
})

describe('ownSupervisorProfile and ownCapacity', () => {
  it('a supervisor reads and edits their own profile; another supervisor sees none', async () => {
    expect((await payload.find({ collection: 'supervisor-profiles', ...as(users.leader) })).totalDocs).toBe(1)
    expect((await payload.find({ collection: 'supervisor-profiles', ...as(users.otherSupervisor) })).totalDocs).toBe(0)
    const updated = await payload.update({
      collection: 'supervisor-profiles',
      id: ids.profile,
      data: { maxGroups: 3 },
      ...as(users.leader),
    })
    expect(updated.maxGroups).toBe(3)
    await expect(
      payload.update({
        collection: 'supervisor-profiles',
        id: ids.profile,
        data: { maxGroups: 1 },
        ...as(users.otherSupervisor),
      }),
    ).rejects.toThrow()
  })
  it('a supervisor reads their own taken seats; nobody writes them through Payload', async () => {
    expect(await claimPlace(payload, 'groups', ids.profile, ids.group)).toBe('claimed')
    const own = await payload.find({ collection: 'capacity-claims', ...as(users.leader) })
    expect(own.docs.map((d) => d.key)).toEqual([ids.group])
    expect((await payload.find({ collection: 'capacity-claims', ...as(users.otherSupervisor) })).totalDocs).toBe(0)
    await expect(
      payload.update({
        collection: 'capacity-claims',
        id: String(own.docs[0]!.id),
        data: { slot: 5 },
        ...as(users.leader),
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'capacity-claims', id: String(own.docs[0]!.id), ...as(users.leader) }),
    ).rejects.toThrow()
  })
})
