import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { placesOf as storedPlaces } from '../../src/store/places'
import type { User } from '../../cms/payload-types'
import { recordMatch } from '../../workflows/matching/recordMatch'
import { createOrganisation, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'

const CAPACITY = 40
const RACERS = 50

async function placesOf(payload: Payload, memberId: string) {
  const places = await storedPlaces(payload, 'cases', memberId)
  if (!places) throw new Error(`no capacity document for ${memberId}`)
  return places
}

describe('capacity against whole-document writes', () => {
  let payload: Payload
  let therapist: User
  let staff: User
  let memberId: string
  let requestIds: string[]

  beforeAll(async () => {
    payload = await testPayload()
    const region = await createRegion(payload)
    const organisation = await createOrganisation(payload, String(region.id))
    therapist = (await createUser(payload, ['therapist'])) as User
    staff = (await createUser(payload, ['admin'])) as User
    const method = await payload.create({
      collection: 'expertise',
      data: { name: 'EMDR', kind: 'method' },
      overrideAccess: true,
    })
    const member = await payload.create({
      collection: 'members',
      data: {
        displayName: 'Femke van Dijk',
        user: therapist.id,
        profession: 'gz-psycholoog',
        registrationType: 'BIG',
        registrationNumber: '12345678901',
        homeRegion: region.id,
        capacityCases: CAPACITY,
        hoursPerWeek: 8,
        status: 'active',
      } as never,
      overrideAccess: true,
    })
    memberId = String(member.id)
    requestIds = []
    for (let i = 0; i < RACERS; i++) {
      const request = await payload.create({
        collection: 'requests',
        data: {
          title: `Casus ${i}`,
          organisation: organisation.id,
          kind: 'case',
          region: region.id,
          urgency: 'normal',
          status: 'matching',
          expertise: [method.id],
        } as never,
        overrideAccess: true,
      })
      requestIds.push(String(request.id))
    }
  })

  afterAll(async () => {
    await dropTestDatabase(payload)
  })

  it('keeps every place a confirmation took while the profile is edited 50 times', async () => {
    const confirmations = requestIds.map(
      (requestId) => () => recordMatch(payload, { requestId, memberId, by: String(staff.id), manual: true }),
    )
    const edits = Array.from(
      { length: RACERS },
      (_, i) => () =>
        i % 2 === 0
          ? payload.update({
              collection: 'members',
              id: memberId,
              data: { hoursPerWeek: 8 + (i % 5), displayName: `Femke van Dijk ${i}` },
              user: therapist,
              overrideAccess: false,
            })
          : payload.update({
              collection: 'members',
              id: memberId,
              data: { status: 'active', statusReason: `controle ${i}` },
              user: staff,
              overrideAccess: false,
            }),
    )
    // Interleaved: confirmation, edit, confirmation, edit, … all in flight at once.
    const work = confirmations.flatMap((confirm, i) => [confirm, edits[i]!])
    const results = await Promise.all(work.map((run) => run()))
    const outcomes = results.filter((r): r is Awaited<ReturnType<typeof recordMatch>> => 'outcome' in (r as object))
    const matched = outcomes.filter((o) => o.outcome === 'matched').length

    const matches = await payload.find({
      collection: 'matches',
      where: { member: { equals: memberId } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const places = await placesOf(payload, memberId)
    const report = {
      matched,
      matches: matches.totalDocs,
      free: places.free,
      claims: places.claims.length,
      distinctClaims: new Set(places.claims).size,
    }
    expect(report).toEqual({
      matched: CAPACITY,
      matches: CAPACITY,
      free: 0,
      claims: CAPACITY,
      distinctClaims: CAPACITY,
    })
    expect(new Set(places.claims)).toEqual(new Set(matches.docs.map((m) => String(m.request))))

    // A retried confirmation of every request neither takes nor frees a place.
    const again = await Promise.all(
      requestIds.map((requestId) => recordMatch(payload, { requestId, memberId, by: String(staff.id), manual: true })),
    )
    expect(again.filter((o) => o.outcome === 'matched').length).toBe(CAPACITY)
    expect(await placesOf(payload, memberId)).toMatchObject({ free: 0 })
    expect((await placesOf(payload, memberId)).claims).toHaveLength(CAPACITY)
  })
})
