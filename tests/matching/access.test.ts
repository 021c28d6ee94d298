import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Client, Connection } from '@temporalio/client'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { answerOffer } from '../../cms/endpoints/matching/answerOffer'
import { cancelRequest, readableRequest, requestTimeline } from '../../cms/endpoints/matching/requestActions'
import { submitRequest } from '../../cms/endpoints/matching/submitRequest'
import { createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type Expertise, type Scene, createExpertise, createScene, createTherapist, requestBody } from './world'

let payload: Payload
let client: Client
let expertise: Expertise
let sceneA: Scene
let sceneB: Scene
let requestA: string
let started: string[]

/** No worker needed here: every case is refused before a workflow is involved, or only started. */
beforeAll(async () => {
  payload = await testPayload()
  client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS }) })
  expertise = await createExpertise(payload)
  sceneA = await createScene(payload, 'a')
  sceneB = await createScene(payload, 'b')
  started = []
  const result = await submitRequest(
    payload,
    sceneA.coordinator,
    requestBody(sceneA, expertise),
    async (id) => void started.push(id),
  )
  if (!result.ok) throw new Error(JSON.stringify(result))
  requestA = result.value.requestId
}, 60_000)

afterAll(async () => {
  await client?.connection.close()
  await dropTestDatabase(payload)
})

describe('client-identifying data is refused', () => {
  it.each([
    ['context', 'BSN 111222333 bekend bij Veilig Thuis', 'burgerservicenummer'],
    ['context', 'Moeder: 06-12345678', 'telefoonnummer'],
    ['context', 'Contact via moeder@voorbeeld.nl', 'e-mailadres'],
    ['context', 'Kind geboren op 12-03-2019', 'geboortedatum'],
    ['title', 'Gezin op 2011 AB 12', 'adres of postcode'],
  ])('%s with %s → 400 naming the field and why; nothing stored', async (field, value, why) => {
    const before = (await payload.count({ collection: 'requests', overrideAccess: true })).totalDocs
    const result = await submitRequest(
      payload,
      sceneA.coordinator,
      requestBody(sceneA, expertise, { [field]: value }),
      async () => undefined,
    )
    expect(result).toMatchObject({ ok: false, status: 400, errors: { [field]: expect.stringContaining(why) } })
    expect((await payload.count({ collection: 'requests', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('also in the admin panel / REST: the collection hook refuses, with the field named', async () => {
    const admin = (await createUser(payload, ['admin'])) as User
    await expect(
      payload.create({
        collection: 'requests',
        data: {
          title: 'Via beheer',
          organisation: sceneA.organisationId,
          kind: 'case',
          region: sceneA.regionId,
          urgency: 'normal',
          status: 'draft',
          context: 'bel 020-1234567',
        },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'context', message: expect.stringContaining('telefoonnummer') }] },
    })
  })

  it('a clean request is stored for the coordinator’s organisation and matching is started once', async () => {
    const request = await payload.findByID({ collection: 'requests', id: requestA, overrideAccess: true, depth: 0 })
    expect(request).toMatchObject({
      organisation: sceneA.organisationId,
      createdBy: sceneA.coordinator.id,
      workflowId: `matching-${requestA}`,
    })
    expect(started).toEqual([requestA])
  })
})

describe('organisations see only their own requests', () => {
  it('coordinator A reads and follows their request; coordinator B gets 404 for it', async () => {
    expect((await readableRequest(payload, sceneA.coordinator, requestA)).ok).toBe(true)
    expect(await readableRequest(payload, sceneB.coordinator, requestA)).toMatchObject({ ok: false, status: 404 })
    expect(await requestTimeline(payload, client, sceneB.coordinator, requestA)).toMatchObject({
      ok: false,
      status: 404,
    })
    expect(await cancelRequest(payload, client, sceneB.coordinator, requestA, {})).toMatchObject({
      ok: false,
      status: 404,
    })
    const listB = await payload.find({ collection: 'requests', overrideAccess: false, user: sceneB.coordinator })
    expect(listB.docs.map((d) => d.id)).not.toContain(requestA)
    const listA = await payload.find({ collection: 'requests', overrideAccess: false, user: sceneA.coordinator })
    expect(listA.docs.map((d) => d.id)).toContain(requestA)
  })

  it('a coordinator cannot file for another organisation; a therapist cannot file at all', async () => {
    const forOther = await payload
      .create({
        collection: 'requests',
        data: {
          title: 'Namens B',
          organisation: sceneB.organisationId,
          kind: 'case',
          region: sceneA.regionId,
          urgency: 'normal',
          status: 'draft',
        },
        overrideAccess: false,
        user: sceneA.coordinator,
      })
      .catch((e: { status?: number }) => e)
    expect(forOther).toMatchObject({ status: 403 })
    // The edge ignores an organisation sent by a coordinator: it always files for their own.
    const result = await submitRequest(
      payload,
      sceneA.coordinator,
      requestBody(sceneA, expertise, { organisation: sceneB.organisationId }),
      async () => undefined,
    )
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(
        (await payload.findByID({ collection: 'requests', id: result.value.requestId, depth: 0, overrideAccess: true }))
          .organisation,
      ).toBe(sceneA.organisationId)
    const therapist = await createTherapist(payload, { name: 'Zoë', regionId: sceneA.regionId })
    expect(
      await submitRequest(payload, therapist.user, requestBody(sceneA, expertise), async () => undefined),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('coordinators cannot move the status by hand; the workflow does', async () => {
    await expect(
      payload.update({
        collection: 'requests',
        id: requestA,
        data: { status: 'matched' },
        overrideAccess: false,
        user: sceneA.coordinator,
      }),
    ).resolves.toBeDefined()
    expect((await payload.findByID({ collection: 'requests', id: requestA, overrideAccess: true })).status).toBe(
      'draft',
    )
  })

  it('a user without a therapist profile cannot answer offers', async () => {
    expect(await answerOffer(payload, client, sceneA.coordinator, 'whatever', { answer: 'accept' })).toMatchObject({
      ok: false,
      status: 403,
    })
  })
})
