import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { backfillReachRegions } from '../../cms/seed/reachRegions'
import { candidateWheres, loadCandidates, staleLeftOut } from '../../src/store/candidates'
import { confirmAvailability } from '../../src/store/availabilityConfirmations'
import { modelOf } from '../../src/store/modelOf'
import { createRegion } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { createExpertise, createScene, createTherapist, requestBody, type Scene } from './world'

let payload: Payload
let scene: Scene
let farRegion: string

const reachOf = async (memberId: string) =>
  ((await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true })).reachRegions ?? [])
    .map(String)
    .sort()
const namesFound = async (regions: string[], policy: 'own' | 'neighbours' | 'remote') =>
  (await loadCandidates(payload, candidateWheres(regions, policy))).map((candidate) => candidate.displayName).sort()

beforeAll(async () => {
  payload = await testPayload()
  scene = await createScene(payload, 'kandidaten')
  farRegion = String((await createRegion(payload)).id)
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

describe('regions in reach of a therapist (home + served), derived on every write', () => {
  it('is filled on create and follows a change of the regions served', async () => {
    const therapist = await createTherapist(payload, {
      name: 'Volgt',
      regionId: scene.regionId,
      regionsServed: [scene.regionId, farRegion],
    })
    expect(await reachOf(therapist.memberId)).toEqual([scene.regionId, farRegion].sort())
    await payload.update({
      collection: 'members',
      id: therapist.memberId,
      data: { regionsServed: [scene.neighbourId] },
      overrideAccess: true,
    })
    expect(await reachOf(therapist.memberId)).toEqual([scene.regionId, scene.neighbourId].sort())
  })

  it('ignores a value a client sends for it', async () => {
    const therapist = await createTherapist(payload, { name: 'Eigenwijs', regionId: farRegion })
    await payload.update({
      collection: 'members',
      id: therapist.memberId,
      data: { reachRegions: [scene.regionId] },
      overrideAccess: true,
    })
    expect(await reachOf(therapist.memberId)).toEqual([farRegion])
  })

  it('is backfilled for therapists stored before it existed', async () => {
    const therapist = await createTherapist(payload, {
      name: 'Van vroeger',
      regionId: farRegion,
      regionsServed: [scene.neighbourId],
    })
    await modelOf(payload, 'members').updateOne({ _id: therapist.memberId }, { $unset: { reachRegions: 1 } })
    expect(await reachOf(therapist.memberId)).toEqual([])
    expect(await backfillReachRegions(payload)).toBe(1)
    expect(await reachOf(therapist.memberId)).toEqual([farRegion, scene.neighbourId].sort())
  })
})

describe('candidates for a request, one query per region in reach', () => {
  beforeAll(async () => {
    await createTherapist(payload, { name: 'Thuis', regionId: scene.regionId })
    await createTherapist(payload, { name: 'Komt langs', regionId: farRegion, regionsServed: [scene.regionId] })
    await createTherapist(payload, { name: 'Buurman', regionId: scene.neighbourId })
    await createTherapist(payload, { name: 'Online', regionId: farRegion, remote: true })
    await createTherapist(payload, { name: 'Vol', regionId: scene.regionId, freeCases: 0 })
    await createTherapist(payload, { name: 'Gestopt', regionId: scene.regionId, status: 'inactive' })
  }, 60_000)

  it('own region: lives or works there, active, with a free place; each once', async () => {
    expect(await namesFound([scene.regionId], 'own')).toEqual(['Komt langs', 'Thuis', 'Volgt'])
  })

  it('neighbours and remote widen the circle', async () => {
    expect(await namesFound([scene.regionId, scene.neighbourId], 'neighbours')).toEqual([
      'Buurman',
      'Komt langs',
      'Thuis',
      'Van vroeger',
      'Volgt',
    ])
    expect(await namesFound([scene.regionId], 'remote')).toEqual(['Komt langs', 'Online', 'Thuis', 'Volgt'])
  })
})

describe('who the ranking leaves out for stale availability', () => {
  it('names the therapists in reach with a free place whose confirmation is older than 30 days, until they confirm', async () => {
    const expertise = await createExpertise(payload)
    const own = await createScene(payload, 'verouderd')
    const request = await payload.create({
      collection: 'requests',
      data: {
        ...requestBody(own, expertise),
        organisation: own.organisationId,
        createdBy: own.coordinator.id,
      } as never,
      overrideAccess: true,
    })
    const fresh = await createTherapist(payload, { name: 'Net bevestigd', regionId: own.regionId })
    const stale = await createTherapist(payload, { name: 'Lang geleden', regionId: own.regionId })
    const full = await createTherapist(payload, { name: 'Vol', regionId: own.regionId, freeCases: 0 })
    const far = await createTherapist(payload, { name: 'Ver weg', regionId: farRegion })
    const longAgo = new Date(Date.now() - 40 * 24 * 3_600_000)
    await confirmAvailability(payload, { memberId: fresh.memberId }, new Date())
    for (const therapist of [stale, full, far])
      await confirmAvailability(payload, { memberId: therapist.memberId }, longAgo)

    expect(await staleLeftOut(payload, String(request.id), 'own')).toEqual([
      {
        memberId: stale.memberId,
        displayName: 'Lang geleden',
        reason: expect.stringMatching(/^beschikbaarheid 40 dagen/),
      },
    ])
    await confirmAvailability(payload, { memberId: stale.memberId }, new Date())
    expect(await staleLeftOut(payload, String(request.id), 'own')).toEqual([])
  })
})
