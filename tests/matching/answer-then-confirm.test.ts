import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { answerOffer } from '../../cms/endpoints/matching/answerOffer'
import { confirmOffer } from '../../cms/endpoints/matching/requestActions'
import { createUser } from '../helpers/factories'
import { type HeldActivity, holdActivity } from '../helpers/heldActivity'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import {
  type Expertise,
  createExpertise,
  createScene,
  createTherapist,
  matchesOf,
  offerFor,
  setMatchingSettings,
  submit,
} from './world'

/**
 * One writer of offer documents: a coordinator's confirmation that arrives while the therapist's
 * answer is still being written must not overtake it. The answer's write is held at the worker's
 * edge (an activity interceptor) to make that moment last; everything else is the real chain.
 */
let payload: Payload
let world: TimeSkippingWorld
let expertise: Expertise
let held: HeldActivity

// How long the answer's write is held when nothing overtakes it: the window a confirmation has.
const HOLD_MS = 5_000

beforeAll(async () => {
  payload = await testPayload()
  expertise = await createExpertise(payload)
  const staffEmail = uniqueEmail('staff')
  await createUser(payload, ['admin'], { email: staffEmail })
  await setMatchingSettings(payload, {
    offerDeadlineHours: 48,
    parallelOffers: 1,
    regionPolicy: 'own',
    confirmationDeadlineHours: 48,
    overallDeadlineHours: 336,
    staffEmail,
  })
}, 120_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  held = holdActivity('recordOfferAnswer')
  world = await startTimeSkippingWorld(payload, { interceptors: held.interceptors })
}, 60_000)

afterEach(async () => {
  held.release()
  await world?.stop()
})

/** Resolves when the request has a match, or after `ms`: whichever comes first. */
async function matchOrAfter(requestId: string, ms: number) {
  const until = Date.now() + ms
  while (Date.now() < until && (await matchesOf(payload, requestId)).length === 0)
    await new Promise((resolve) => setTimeout(resolve, 100))
}

it('a confirmation sent while the acceptance is being written lands after it: the offer ends confirmed beside the one match', async () => {
  const { client } = world.env
  const scene = await createScene(payload, 'one-writer')
  const therapist = await createTherapist(payload, {
    name: 'Anna Snel',
    regionId: scene.regionId,
    methods: [expertise.emdr],
    targetGroups: [expertise.children],
  })
  const { requestId } = await submit(payload, client, scene, expertise)
  const offer = await offerFor(client, requestId, therapist.memberId)

  const answering = answerOffer(payload, client, therapist.user, offer.offerId, { answer: 'accept' })
  await held.reached
  // The run shows the acceptance while its write is held; the coordinator confirms at once.
  await offerFor(client, requestId, therapist.memberId, 'accepted')
  const confirming = confirmOffer(payload, client, scene.coordinator, requestId, {
    offerId: offer.offerId,
    decision: 'confirm',
  })
  await matchOrAfter(requestId, HOLD_MS)
  held.release()

  const [answered, confirmed] = await Promise.all([answering, confirming])
  const stored = await payload.findByID({ collection: 'offers', id: offer.offerId, depth: 0, overrideAccess: true })
  // One expectation over everything, so a failure shows the whole outcome.
  expect({
    answered,
    confirmed: confirmed.ok && confirmed.value.status,
    matches: (await matchesOf(payload, requestId)).length,
    offerDocument: { status: stored.status, answered: Boolean(stored.answeredAt) },
  }).toEqual({
    answered: { ok: true, value: { offerId: offer.offerId, status: 'accepted' } },
    confirmed: 'confirmed',
    matches: 1,
    offerDocument: { status: 'confirmed', answered: true },
  })
}, 90_000)
