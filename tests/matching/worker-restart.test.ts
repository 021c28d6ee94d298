import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import { answerOffer } from '../../cms/endpoints/matching/answerOffer'
import { confirmOffer } from '../../cms/endpoints/matching/requestActions'
import { matchingStateQuery } from '../../workflows/matching/messages'
import { NOT_REACHABLE } from '../../workflows/updateResult'
import { mailsTo, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { createTestWorker, devServerEnvironment, endRunsOnTaskQueue, untilRunIsIdle } from '../helpers/temporal'
import { createExpertise, createScene, createTherapist, freeCases, matchesOf, offerFor, submit } from './world'

let payload: Payload
let env: TestWorkflowEnvironment
let worker: Worker | undefined
let workerRun: Promise<void> | undefined

beforeAll(async () => {
  payload = await testPayload()
  env = await devServerEnvironment()
}, 120_000)

afterEach(() => endRunsOnTaskQueue(env.client))

afterAll(async () => {
  worker?.shutdown()
  await workerRun
  await env?.teardown()
  await dropTestDatabase(payload)
})

async function startWorker() {
  worker = await createTestWorker(env, payload)
  workerRun = worker.run()
}

async function stopWorker() {
  worker!.shutdown()
  await workerRun
  worker = undefined
  workerRun = undefined
}

/** On the dev server (no time-skipping): a worker that is shut down stops polling at once there. */
describe('matching survives a worker restart', () => {
  it('the worker dies mid-negotiation; a new worker carries on from history: no second offer, no second mail, one match', async () => {
    const expertise = await createExpertise(payload)
    const scene = await createScene(payload, 'restart')
    const first = await createTherapist(payload, {
      name: 'Xander Eerst',
      regionId: scene.regionId,
      methods: [expertise.emdr],
      targetGroups: [expertise.children],
    })
    const second = await createTherapist(payload, {
      name: 'Yara Tweede',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })

    await startWorker()
    const { requestId, handle } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, first.memberId)
    await waitForMail(first.email, /Nieuwe aanvraag voor jou/)
    // The worker dies while the run waits for the therapist, not inside the workflow task that
    // follows the sent mail (see untilRunIsIdle).
    await untilRunIsIdle(handle)
    await stopWorker()

    // While no worker runs, the therapist declines: the update waits for a worker, and
    // the new one replays the history (no second offer or mail) and carries on.
    const declining = answerOffer(payload, env.client, first.user, offer.offerId, {
      answer: 'decline',
      reason: 'Geen plek deze maand.',
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    await startWorker()
    // The edge waits UPDATE_DEADLINES.acceptMs for a run to accept the answer; a new worker that
    // needs longer to start gets the therapist a 503. The server holds the answer all the same,
    // and the new worker carries it out: the next candidate gets the offer either way.
    const answered = await declining
    if (answered.ok) expect(answered.value).toMatchObject({ status: 'declined' })
    else expect(answered).toMatchObject({ status: 503, message: NOT_REACHABLE })
    const next = await offerFor(env.client, requestId, second.memberId)
    await waitForMail(second.email, /Nieuwe aanvraag voor jou/)

    await untilRunIsIdle(handle)
    await stopWorker()
    await startWorker()
    const accepted = await answerOffer(payload, env.client, second.user, next.offerId, { answer: 'accept' })
    expect(accepted).toMatchObject({ ok: true, value: { status: 'accepted' } })
    const confirmed = await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: next.offerId,
      decision: 'confirm',
    })
    expect(confirmed.ok).toBe(true)

    expect(await matchesOf(payload, requestId)).toHaveLength(1)
    expect(await freeCases(payload, second.memberId)).toBe(1)
    expect((await mailsTo(first.email)).filter((m) => /Nieuwe aanvraag/.test(m.subject))).toHaveLength(1)
    expect((await mailsTo(second.email)).filter((m) => /Nieuwe aanvraag/.test(m.subject))).toHaveLength(1)
    const offers = await payload.find({
      collection: 'offers',
      where: { request: { equals: requestId } },
      overrideAccess: true,
    })
    expect(offers.docs.map((o) => o.status).sort()).toEqual(['confirmed', 'declined'])
    expect((await handle.query(matchingStateQuery)).phase).toBe('matched')
    expect(offer.offerId).not.toBe(next.offerId)
  }, 120_000)
})
