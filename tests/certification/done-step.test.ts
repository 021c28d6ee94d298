import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { certificationWorkflowId } from '../../workflows/certification/messages'
import { createRegion } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import { type Person, certificationHelpers, createTraining, therapist, trainer, inDays } from './setup'

/** Patch done-step-stays-done; the old behaviour is kept for old runs by tests/replay (attendance-reopens-done-step.json). */
let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let coach: Person
let h: ReturnType<typeof certificationHelpers>

beforeAll(async () => {
  payload = await testPayload()
  coach = await trainer(payload)
}, 120_000)

afterAll(() => dropTestDatabase(payload))

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
  h = certificationHelpers(payload, env)
}, 60_000)

afterEach(() => world?.stop())

const session = inDays(7)

it('withdrawn attendance on a done step keeps it done, so the certificate follows the last other step', async () => {
  const training = await createTraining(
    payload,
    [coach.id],
    [
      { kind: 'sessions', title: 'Eén trainingsdag', target: 1, deadlineDays: 90 },
      { kind: 'elearning', title: 'E-learning', deadlineDays: 90 },
    ],
    { sessionDates: [session] },
  )
  const me = await therapist(payload, String((await createRegion(payload)).id))
  const id = await h.enrol(me, String(training.id))
  const active = await h.statusReached(id, 'active')
  const sessions = h.stepIdOf(active, 'sessions')
  const { runId } = await env.client.workflow.getHandle(certificationWorkflowId(id)).describe()
  await h.actOk(coach, id, { action: 'recordAttendance', stepId: sessions, sessionDate: session, present: true })
  const withdrawn = await h.actOk(coach, id, {
    action: 'recordAttendance',
    stepId: sessions,
    sessionDate: session,
    present: false,
  })
  expect(withdrawn.steps.find((s) => s.stepId === sessions)).toMatchObject({ status: 'done', count: 0 })
  await h.actOk(me, id, { action: 'completeStep', stepId: h.stepIdOf(active, 'elearning') })
  await h.statusReached(id, 'certified')
  const history = await env.client.workflow.getHandle(certificationWorkflowId(id), runId).fetchHistory()
  // The run carries the patch marker, so replaying it takes the new path.
  expect(history.events?.some((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch')).toBe(true)
})
