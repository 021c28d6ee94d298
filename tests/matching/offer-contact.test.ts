import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { answerOffer } from '../../cms/endpoints/matching/answerOffer'
import { confirmOffer } from '../../cms/endpoints/matching/requestActions'
import { loadOfferContact } from '../../frontend/app/(portal)/mijn-aanbiedingen/[id]/loadOfferContact'
import { eventually } from '../helpers/eventually'
import { createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import {
  type Expertise,
  createExpertise,
  createScene,
  createTherapist,
  offerFor,
  setMatchingSettings,
  submit,
} from './world'

/**
 * The offer page's contact (coordinator and the organisation's general address) through the real
 * matching run: nobody has it while the offer is open or accepted; once the coordinator confirms,
 * the matched therapist has it for that offer, and the other offered therapist, the coordinator
 * and staff still do not.
 */
let payload: Payload
let world: TimeSkippingWorld
let expertise: Expertise
let staff: User

beforeAll(async () => {
  payload = await testPayload()
  expertise = await createExpertise(payload)
  const staffEmail = uniqueEmail('staff')
  staff = (await createUser(payload, ['admin'], { email: staffEmail })) as User
  await setMatchingSettings(payload, {
    offerDeadlineHours: 48,
    parallelOffers: 2,
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
  world = await startTimeSkippingWorld(payload)
}, 60_000)

afterEach(async () => {
  await world?.stop()
})

const storedStatus = async (offerId: string) =>
  (await payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true })).status

it('shows the contact to the matched therapist after confirmation only, and to no one else', async () => {
  const { client } = world.env
  const scene = await createScene(payload, 'contact')
  await payload.update({
    collection: 'organisations',
    id: scene.organisationId,
    data: { contactEmail: 'info@opvang-contact.example.test' },
    overrideAccess: true,
  })
  const profile = { regionId: scene.regionId, methods: [expertise.emdr], targetGroups: [expertise.children] }
  const anna = await createTherapist(payload, { name: 'Anna Snel', ...profile })
  const bram = await createTherapist(payload, { name: 'Bram Later', ...profile })
  const { requestId } = await submit(payload, client, scene, expertise)
  const annasOffer = (await offerFor(client, requestId, anna.memberId)).offerId
  const bramsOffer = (await offerFor(client, requestId, bram.memberId)).offerId

  // Open: nothing yet.
  await expect(loadOfferContact(payload, anna.user, annasOffer)).resolves.toBeNull()

  const answered = await answerOffer(payload, client, anna.user, annasOffer, { answer: 'accept' })
  expect(answered.ok).toBe(true)
  await eventually(async () => (await storedStatus(annasOffer)) === 'accepted', 20_000, 'offer accepted')
  // Accepted, waiting for the coordinator: still nothing.
  await expect(loadOfferContact(payload, anna.user, annasOffer)).resolves.toBeNull()

  const confirmed = await confirmOffer(payload, client, scene.coordinator, requestId, {
    offerId: annasOffer,
    decision: 'confirm',
  })
  expect(confirmed.ok).toBe(true)
  await eventually(async () => (await storedStatus(annasOffer)) === 'confirmed', 20_000, 'offer confirmed')

  await expect(loadOfferContact(payload, anna.user, annasOffer)).resolves.toEqual({
    organisation: expect.any(String),
    organisationEmail: 'info@opvang-contact.example.test',
    coordinator: { name: scene.coordinator.name, email: scene.coordinatorEmail },
  })
  // The other therapist: not on Anna's offer, not on their own (withdrawn) one.
  await eventually(async () => (await storedStatus(bramsOffer)) === 'withdrawn', 20_000, 'other offer withdrawn')
  await expect(loadOfferContact(payload, bram.user, annasOffer)).resolves.toBeNull()
  await expect(loadOfferContact(payload, bram.user, bramsOffer)).resolves.toBeNull()
  // The page is the therapist's: the coordinator and staff get nothing through it either.
  await expect(loadOfferContact(payload, scene.coordinator, annasOffer)).resolves.toBeNull()
  await expect(loadOfferContact(payload, staff, annasOffer)).resolves.toBeNull()
  // A confirmed offer whose request's match is someone else's (a corrected record) shows nothing.
  await payload.update({
    collection: 'matches',
    where: { request: { equals: requestId } },
    data: { member: bram.memberId },
    overrideAccess: true,
  })
  await expect(loadOfferContact(payload, anna.user, annasOffer)).resolves.toBeNull()
}, 120_000)
