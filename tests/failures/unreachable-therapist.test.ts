import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { answerOffer } from '../../cms/endpoints/matching/answerOffer'
import { confirmOffer } from '../../cms/endpoints/matching/requestActions'
import { matchingStateQuery, matchingWorkflowId } from '../../workflows/matching/messages'
import { eventually } from '../helpers/eventually'
import { createUser } from '../helpers/factories'
import { mailsTo, uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import {
  type Expertise,
  createExpertise,
  createScene,
  createTherapist,
  matchesOf,
  offerFor,
  phaseIs,
  setMatchingSettings,
  submit,
} from '../matching/world'

let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let expertise: Expertise
let staffEmail: string

beforeAll(async () => {
  payload = await testPayload()
  expertise = await createExpertise(payload)
  staffEmail = uniqueEmail('staff')
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
  world = await startTimeSkippingWorld(payload)
  env = world.env
}, 60_000)

afterEach(() => world?.stop())

const deleteAccount = (user: User) => payload.delete({ collection: 'users', id: user.id, overrideAccess: true })

const offerStatus = async (offerId: string) =>
  (await payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true })).status

describe('a therapist whose account is deleted mid-negotiation', () => {
  it('is skipped at the reminder: the offer is withdrawn, noted, the next candidate gets it and the match ends correctly', async () => {
    const scene = await createScene(payload, 'gone')
    const first = await createTherapist(payload, {
      name: 'Anna Weg',
      regionId: scene.regionId,
      methods: [expertise.emdr],
      targetGroups: [expertise.children],
    })
    const next = await createTherapist(payload, {
      name: 'Bram Volgende',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const { requestId, handle } = await submit(payload, env.client, scene, expertise)
    const gone = await offerFor(env.client, requestId, first.memberId)

    await deleteAccount(first.user)
    // Halfway the offer deadline the reminder goes to an account that no longer exists.
    await env.sleep('25 hours')

    const offer = await offerFor(env.client, requestId, next.memberId)
    const state = await handle.query(matchingStateQuery)
    expect(state.offers.find((o) => o.offerId === gone.offerId)?.status).toBe('withdrawn')
    expect(state.timeline.map((entry) => entry.text)).toContain(
      'Anna Weg is niet meer bereikbaar; we gaan verder zonder deze behandelaar.',
    )
    expect(await offerStatus(gone.offerId)).toBe('withdrawn')

    expect(await answerOffer(payload, env.client, next.user, offer.offerId, { answer: 'accept' })).toEqual({
      ok: true,
      value: { offerId: offer.offerId, status: 'accepted' },
    })
    const confirmed = await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: offer.offerId,
      decision: 'confirm',
    })
    expect(confirmed).toMatchObject({ ok: true, value: { status: 'confirmed' } })
    const matches = await matchesOf(payload, requestId)
    expect(matches).toHaveLength(1)
    expect(matches[0]).toMatchObject({ member: next.memberId })
    expect((await payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true })).status).toBe(
      'matched',
    )
  })

  it('is skipped after accepting; with nobody left the request escalates to staff', async () => {
    const scene = await createScene(payload, 'gone-last')
    const only = await createTherapist(payload, {
      name: 'Jan Laatste',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, only.memberId)
    const accepted = await answerOffer(payload, env.client, only.user, offer.offerId, { answer: 'accept' })
    expect(accepted).toMatchObject({ ok: true })

    await deleteAccount(only.user)
    // Halfway the confirmation deadline the coordinator's reminder names a therapist who is gone.
    await env.sleep('25 hours')

    const state = await phaseIs(env.client, requestId, 'escalated')
    expect(state.escalation?.reason).toBe('exhausted')
    expect(state.offers.find((o) => o.offerId === offer.offerId)?.status).toBe('withdrawn')
    expect(await offerStatus(offer.offerId)).toBe('withdrawn')
    const mail = await eventually(
      async () =>
        (await mailsTo(staffEmail)).find((m) => m.text.includes(`/workflows/${matchingWorkflowId(requestId)}`)),
      15_000,
      'escalation mail',
    )
    expect(mail.subject).toMatch(/^Aanvraag vraagt aandacht/)
  })
})
