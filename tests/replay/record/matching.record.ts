import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import type { User } from '../../../cms/payload-types'
import { answerOffer } from '../../../cms/endpoints/matching/answerOffer'
import {
  answerFollowUp,
  cancelRequest,
  confirmOffer,
  staffAction,
} from '../../../cms/endpoints/matching/requestActions'
import { matchingWorkflowId } from '../../../workflows/matching/messages'
import { createUser } from '../../helpers/factories'
import { uniqueEmail } from '../../helpers/mail'
import { dropTestDatabase, testPayload } from '../../helpers/payload'
import { createTestWorker, timeSkippingEnvironment } from '../../helpers/temporal'
import {
  type Expertise,
  createExpertise,
  createScene,
  createTherapist,
  offerFor,
  phaseIs,
  setMatchingSettings,
  submit,
} from '../../matching/world'
import { saveHistory } from './fixtures'

/** Real matching runs on the time-skipping server, each recorded once it has finished. */
let payload: Payload
let env: TestWorkflowEnvironment
let worker: Worker
let workerRun: Promise<void>
let expertise: Expertise
let staff: User

beforeAll(async () => {
  payload = await testPayload()
  env = await timeSkippingEnvironment()
  worker = await createTestWorker(env, payload)
  workerRun = worker.run()
  expertise = await createExpertise(payload)
  const staffEmail = uniqueEmail('staff')
  staff = (await createUser(payload, ['admin'], { email: staffEmail })) as User
  await setMatchingSettings(payload, {
    offerDeadlineHours: 48,
    parallelOffers: 1,
    regionPolicy: 'own',
    confirmationDeadlineHours: 48,
    overallDeadlineHours: 336,
    followUpWeeks: 6,
    followUpAnswerWeeks: 4,
    staffEmail,
  })
}, 120_000)

afterAll(async () => {
  worker?.shutdown()
  await workerRun
  await env?.teardown()
  await dropTestDatabase(payload)
})

const ok = <T extends { ok: boolean }>(result: T) => {
  expect(result).toMatchObject({ ok: true })
  return result
}

it('happy path: offer, accept (after a reminder), confirm, follow-up asked and answered', async () => {
  const scene = await createScene(payload, 'happy')
  const best = await createTherapist(payload, {
    name: 'Anna Best',
    regionId: scene.regionId,
    methods: [expertise.emdr],
    targetGroups: [expertise.children],
  })
  const { requestId } = await submit(payload, env.client, scene, expertise)
  const offer = await offerFor(env.client, requestId, best.memberId)
  await env.sleep('25 hours')
  ok(await answerOffer(payload, env.client, best.user, offer.offerId, { answer: 'accept' }))
  ok(
    await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: offer.offerId,
      decision: 'confirm',
    }),
  )
  await env.sleep('7 weeks')
  await phaseIs(env.client, requestId, 'following-up')
  ok(
    await answerFollowUp(payload, env.client, scene.coordinator, requestId, {
      started: true,
      outcome: 'Gestart na twee weken.',
    }),
  )
  await saveHistory(env.client, 'happy-path', matchingWorkflowId(requestId))
})

it('decline: the next candidate gets the offer and is confirmed; the follow-up is answered early', async () => {
  const scene = await createScene(payload, 'decline')
  const first = await createTherapist(payload, {
    name: 'Carla Eerst',
    regionId: scene.regionId,
    methods: [expertise.emdr],
    targetGroups: [expertise.children],
  })
  const second = await createTherapist(payload, {
    name: 'Dirk Daarna',
    regionId: scene.regionId,
    methods: [expertise.emdr],
  })
  const { requestId } = await submit(payload, env.client, scene, expertise)
  const offer = await offerFor(env.client, requestId, first.memberId)
  ok(
    await answerOffer(payload, env.client, first.user, offer.offerId, {
      answer: 'decline',
      reason: 'Geen ruimte deze maand.',
    }),
  )
  const next = await offerFor(env.client, requestId, second.memberId)
  ok(await answerOffer(payload, env.client, second.user, next.offerId, { answer: 'accept' }))
  ok(
    await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: next.offerId,
      decision: 'confirm',
    }),
  )
  ok(
    await answerFollowUp(payload, env.client, scene.coordinator, requestId, {
      started: false,
      outcome: 'Gezin wilde toch wachten.',
    }),
  )
  await saveHistory(env.client, 'decline', matchingWorkflowId(requestId))
})

it('answers through the main loop (patch offer-answers-through-main-loop): a decline, then an accept that is confirmed', async () => {
  const scene = await createScene(payload, 'one-writer')
  const first = await createTherapist(payload, {
    name: 'Eva Eerst',
    regionId: scene.regionId,
    methods: [expertise.emdr],
    targetGroups: [expertise.children],
  })
  const second = await createTherapist(payload, {
    name: 'Frank Daarna',
    regionId: scene.regionId,
    methods: [expertise.emdr],
  })
  const { requestId } = await submit(payload, env.client, scene, expertise)
  const offer = await offerFor(env.client, requestId, first.memberId)
  ok(
    await answerOffer(payload, env.client, first.user, offer.offerId, {
      answer: 'decline',
      reason: 'Vol tot de zomer.',
    }),
  )
  const next = await offerFor(env.client, requestId, second.memberId)
  ok(await answerOffer(payload, env.client, second.user, next.offerId, { answer: 'accept' }))
  ok(
    await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: next.offerId,
      decision: 'confirm',
    }),
  )
  ok(
    await answerFollowUp(payload, env.client, scene.coordinator, requestId, {
      started: true,
      outcome: 'Gestart.',
    }),
  )
  await saveHistory(env.client, 'answers-through-main-loop', matchingWorkflowId(requestId))
})

it('counter: one counter-proposal not confirmed, the next one confirmed; no follow-up answer', async () => {
  const scene = await createScene(payload, 'counter')
  const first = await createTherapist(payload, {
    name: 'Gijs Tegen',
    regionId: scene.regionId,
    methods: [expertise.emdr],
    targetGroups: [expertise.children],
  })
  const second = await createTherapist(payload, {
    name: 'Hanna Ook',
    regionId: scene.regionId,
    methods: [expertise.emdr],
  })
  const { requestId } = await submit(payload, env.client, scene, expertise)
  const offer = await offerFor(env.client, requestId, first.memberId)
  ok(
    await answerOffer(payload, env.client, first.user, offer.offerId, {
      answer: 'counter',
      counterStart: '2031-09-01',
    }),
  )
  ok(
    await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: offer.offerId,
      decision: 'reject',
      reason: 'Te laat voor dit gezin.',
    }),
  )
  const next = await offerFor(env.client, requestId, second.memberId)
  ok(
    await answerOffer(payload, env.client, second.user, next.offerId, {
      answer: 'counter',
      counterHours: 4,
      counterStart: '2031-03-01',
    }),
  )
  ok(
    await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: next.offerId,
      decision: 'confirm',
    }),
  )
  await env.sleep('11 weeks')
  await saveHistory(env.client, 'counter', matchingWorkflowId(requestId))
})

it('escalation: an offer expires, candidates run out, staff widen the search, then assign by hand', async () => {
  const scene = await createScene(payload, 'escalation')
  const silent = await createTherapist(payload, {
    name: 'Eva Stil',
    regionId: scene.regionId,
    methods: [expertise.emdr],
  })
  const elsewhere = await createTherapist(payload, {
    name: 'Lotte Buur',
    regionId: scene.neighbourId,
    methods: [expertise.tfcbt],
    status: 'inactive',
  })
  const { requestId } = await submit(payload, env.client, scene, expertise)
  await offerFor(env.client, requestId, silent.memberId)
  await env.sleep('49 hours')
  await phaseIs(env.client, requestId, 'escalated')
  ok(await staffAction(payload, env.client, staff, requestId, { action: 'widen', regionPolicy: 'neighbours' }))
  await phaseIs(env.client, requestId, 'escalated')
  await payload.update({
    collection: 'members',
    id: elsewhere.memberId,
    data: { status: 'active' },
    overrideAccess: true,
  })
  ok(await staffAction(payload, env.client, staff, requestId, { action: 'assign', memberId: elsewhere.memberId }))
  await env.sleep('11 weeks')
  await saveHistory(env.client, 'escalation', matchingWorkflowId(requestId))
})

it('cancel: the coordinator cancels while an offer is open', async () => {
  const scene = await createScene(payload, 'cancel')
  const therapist = await createTherapist(payload, {
    name: 'Nina Open',
    regionId: scene.regionId,
    methods: [expertise.emdr],
  })
  const { requestId } = await submit(payload, env.client, scene, expertise)
  await offerFor(env.client, requestId, therapist.memberId)
  ok(await cancelRequest(payload, env.client, scene.coordinator, requestId, { reason: 'Gezin is verhuisd.' }))
  await saveHistory(env.client, 'cancel', matchingWorkflowId(requestId))
})

it('closed by staff: nobody fits, escalated, staff close the request', async () => {
  const scene = await createScene(payload, 'closed')
  const { requestId } = await submit(payload, env.client, scene, expertise)
  await phaseIs(env.client, requestId, 'escalated')
  ok(await staffAction(payload, env.client, staff, requestId, { action: 'close', reason: 'Buiten ons werkgebied.' }))
  await saveHistory(env.client, 'closed-by-staff', matchingWorkflowId(requestId))
})
