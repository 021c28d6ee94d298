import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { enrolInTraining } from '../../cms/endpoints/certification/enrol'
import { TRAINING_ENDED, TRAINING_ENDED_WHILE_WAITING } from '../../src/domain/trainingPlaces'
import { startCertification } from '../../workflows/certification/client'
import { createRegion } from '../helpers/factories'
import { waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import { type Person, certificationHelpers, createTraining, therapist, trainer, inDays } from './setup'

/**
 * A training is a fixed cohort (src/domain/trainingPlaces.ts): a place is taken from the moment
 * an enrolment gets it until the training ends, certified or not; when the training ends, the
 * waiting list is closed and told, and nobody can enrol any more.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let regionId: string
let coach: Person
let h: ReturnType<typeof certificationHelpers>

beforeAll(async () => {
  payload = await testPayload()
  regionId = String((await createRegion(payload)).id)
  coach = await trainer(payload)
}, 120_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
  h = certificationHelpers(payload, env)
}, 60_000)

afterEach(() => world?.stop())

describe('training places: a fixed cohort', () => {
  it('a certified therapist keeps the place; when the training ends the waiting list is closed and told', async () => {
    // The last session lies ahead (real time: the activities read the wall clock, not the skipped one).
    const training = await createTraining(payload, [coach.id], [{ kind: 'elearning', title: 'Module 1' }], {
      capacity: 1,
      sessionDates: [inDays(-3), inDays(30)],
    })
    const first = await therapist(payload, regionId)
    const second = await therapist(payload, regionId)
    const firstId = await h.enrol(first, String(training.id))
    const active = await h.statusReached(firstId, 'active')
    await h.actOk(first, firstId, { action: 'completeStep', stepId: active.steps[0]!.stepId })
    await h.statusReached(firstId, 'certified')
    const secondId = await h.enrol(second, String(training.id))
    await h.statusReached(secondId, 'waiting')

    // Past the waiting list's weekly look: certifying freed nothing.
    await env.sleep('8 days')
    expect((await h.mirrored(secondId))!.status).toBe('waiting')
    expect((await h.enrollment(firstId)).placeKey).toBe('place-1')

    // The last session passes (moved into the past); the next weekly look ends the wait.
    await payload.update({
      collection: 'trainings',
      id: training.id,
      data: { sessionDates: [{ date: inDays(-3) }, { date: inDays(-1) }] },
      overrideAccess: true,
    })
    await env.sleep('8 days')
    const ended = await h.statusReached(secondId, 'ended')
    expect(ended.ended).toMatchObject({ reason: TRAINING_ENDED_WHILE_WAITING, by: 'systeem' })
    const mail = await waitForMail(second.email, /Inschrijving beëindigd/)
    expect(mail.text).toContain(TRAINING_ENDED_WHILE_WAITING)
    expect(await h.enrollment(secondId)).toMatchObject({ status: 'ended', endedReason: TRAINING_ENDED_WHILE_WAITING })
    expect((await h.enrollment(firstId)).placeKey).toBe('place-1')
  }, 120_000)

  it('enrolling in a training whose last session has passed is refused, nothing written', async () => {
    const training = await createTraining(payload, [coach.id], [{ kind: 'elearning', title: 'Module 1' }], {
      sessionDates: [inDays(-20), inDays(-1)],
    })
    const late = await therapist(payload, regionId)
    const result = await enrolInTraining(payload, late, { training: String(training.id) }, (id) =>
      startCertification(id, env.client, process.env.TEMPORAL_TASK_QUEUE),
    )
    expect(result).toEqual({ ok: false, status: 409, message: TRAINING_ENDED })
    const stored = await payload.count({
      collection: 'enrollments',
      where: { training: { equals: training.id } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('a training without session dates has no end: enrolling stays open', async () => {
    const training = await createTraining(payload, [coach.id], [{ kind: 'elearning', title: 'Module 1' }])
    const id = await h.enrol(await therapist(payload, regionId), String(training.id))
    await h.statusReached(id, 'active')
  })
})
