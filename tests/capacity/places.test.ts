import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { claimPlace, placesOf, releasePlace } from '../../src/store/places'
import type { User } from '../../cms/payload-types'
import { backfillPlaces } from '../../cms/seed/places'
import { capacityBelowTakenMessage } from '../../cms/collections/Members/hooks/keepCapacityAbovePlacesTaken'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'

/** src/store/places.ts on the real database: the rules of a taken place. */
let payload: Payload
let therapist: User
let memberId: string
let regionId: string

beforeAll(async () => {
  payload = await testPayload()
  regionId = String((await createRegion(payload)).id)
  therapist = (await createUser(payload, ['therapist'])) as User
  memberId = String((await createMember(payload, String(therapist.id), regionId, 'active')).id) // capacity 2
})

afterAll(async () => dropTestDatabase(payload))

describe('places of a therapist', () => {
  it('a key takes one place once; a full therapist takes none; a release gives it back once', async () => {
    expect(await claimPlace(payload, 'cases', memberId, 'r1')).toBe('claimed')
    expect(await claimPlace(payload, 'cases', memberId, 'r1')).toBe('already-claimed')
    expect(await claimPlace(payload, 'cases', memberId, 'r2')).toBe('claimed')
    expect(await claimPlace(payload, 'cases', memberId, 'r3')).toBe('full')
    expect(await placesOf(payload, 'cases', memberId)).toMatchObject({
      capacity: 2,
      free: 0,
      owed: 0,
      claims: ['r1', 'r2'],
    })
    expect(await releasePlace(payload, memberId, 'r1')).toBe(true)
    expect(await releasePlace(payload, memberId, 'r1')).toBe(false)
    expect(await placesOf(payload, 'cases', memberId)).toMatchObject({ free: 1, claims: ['r2'] })
  })

  it('follows the capacity the therapist sets, never below the places taken nor below zero; free places cannot be set', async () => {
    const as = { user: therapist, overrideAccess: false } as const
    await payload.update({
      collection: 'members',
      id: memberId,
      data: { capacityCases: 4, freeCases: 99 } as never,
      ...as,
    })
    expect(await placesOf(payload, 'cases', memberId)).toMatchObject({ capacity: 4, free: 3, owed: 0 })
    // One place is taken (r2): a capacity of 0 is refused on the field, and nothing is written.
    await expect(
      payload.update({ collection: 'members', id: memberId, data: { capacityCases: 0, hoursPerWeek: 1 }, ...as }),
    ).rejects.toMatchObject({
      message: capacityBelowTakenMessage(1),
      data: { errors: [{ path: 'capacityCases', message: capacityBelowTakenMessage(1) }] },
    })
    expect(
      await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true }),
    ).toMatchObject({ capacityCases: 4, hoursPerWeek: 4 })
    await payload.update({ collection: 'members', id: memberId, data: { capacityCases: 1 }, ...as })
    expect(await placesOf(payload, 'cases', memberId)).toMatchObject({ capacity: 1, free: 0, owed: 0, claims: ['r2'] })
    expect(await claimPlace(payload, 'cases', memberId, 'r4')).toBe('full')
    await payload.update({ collection: 'members', id: memberId, data: { capacityCases: 2 }, ...as })
    expect(await placesOf(payload, 'cases', memberId)).toMatchObject({ capacity: 2, free: 1, owed: 0 })
  })

  it('a lower capacity moves places held above it down, so no claim takes a place beyond it', async () => {
    const user = (await createUser(payload, ['therapist'])) as User
    const id = String((await createMember(payload, String(user.id), regionId, 'active')).id)
    await payload.update({ collection: 'members', id, data: { capacityCases: 3 }, overrideAccess: true })
    for (const key of ['a', 'b', 'c']) expect(await claimPlace(payload, 'cases', id, key)).toBe('claimed')
    expect(await releasePlace(payload, id, 'a')).toBe(true) // slots 1 and 2 stay taken
    await payload.update({ collection: 'members', id, data: { capacityCases: 2 }, overrideAccess: true })
    // Without the move, slot 0 would still be free below the capacity and a third place would be taken.
    expect(await claimPlace(payload, 'cases', id, 'd')).toBe('full')
    expect(await placesOf(payload, 'cases', id)).toMatchObject({ capacity: 2, free: 0, owed: 0, claims: ['b', 'c'] })
  })

  it('an inactive therapist takes no new place', async () => {
    const other = (await createUser(payload, ['therapist'])) as User
    const inactive = String((await createMember(payload, String(other.id), regionId, 'inactive')).id)
    expect(await claimPlace(payload, 'cases', inactive, 'r1')).toBe('closed')
    expect(await claimPlace(payload, 'cases', 'ffffffffffffffffffffffff', 'r1')).toBe('missing')
  })
})

describe('places of a supervisor', () => {
  it('staff may assign beyond the maximum; what is owed shows, free stays at zero', async () => {
    const user = await createUser(payload, ['supervisor'])
    const profile = await payload.create({
      collection: 'supervisor-profiles',
      data: { displayName: 'Ingrid', user: user.id, regions: [regionId], maxGroups: 1 },
      overrideAccess: true,
    })
    const id = String(profile.id)
    expect(await claimPlace(payload, 'groups', id, 'g1')).toBe('claimed')
    expect(await claimPlace(payload, 'groups', id, 'g2')).toBe('full')
    expect(await claimPlace(payload, 'groups', id, 'g2', { overbook: true })).toBe('claimed')
    expect(await placesOf(payload, 'groups', id)).toMatchObject({ capacity: 1, free: 0, owed: 1, claims: ['g1', 'g2'] })
  })
})

describe('backfill of profiles from before capacity-claims', () => {
  it('turns the old claim list into places and removes the old fields, once', async () => {
    const user = await createUser(payload, ['therapist'])
    const id = String((await createMember(payload, String(user.id), regionId, 'active')).id)
    const members = (
      payload.db as unknown as {
        collections: Record<
          string,
          {
            updateOne(f: object, u: object, o: object): Promise<unknown>
            findOne(f: object): { lean(): Promise<Record<string, unknown>> }
          }
        >
      }
    ).collections.members!
    await members.updateOne({ _id: id }, { $set: { freeCases: 2, matchClaims: ['old-request'] } }, { strict: false })
    expect(await backfillPlaces(payload)).toBe(1)
    expect(await backfillPlaces(payload)).toBe(0)
    expect(await placesOf(payload, 'cases', id)).toMatchObject({ capacity: 2, free: 1, claims: ['old-request'] })
    const stored = await members.findOne({ _id: id }).lean()
    expect(stored).not.toHaveProperty('freeCases')
    expect(stored).not.toHaveProperty('matchClaims')
  })
})
