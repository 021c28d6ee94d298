import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { certificationWorkflowId } from '../../workflows/certification/messages'
import { STILL_PROCESSING } from '../../workflows/updateResult'
import { createRegion, createUser } from '../helpers/factories'
import { uniqueEmail, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import { type Person, certificationHelpers, createTraining, therapist, trainer } from '../certification/setup'

let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let coach: Person
let staffEmail: string
let h: ReturnType<typeof certificationHelpers>

beforeAll(async () => {
  payload = await testPayload()
  coach = await trainer(payload)
  // Certification tells every admin; this file's database has only this one.
  staffEmail = uniqueEmail('staff')
  await createUser(payload, ['admin'], { email: staffEmail })
}, 120_000)

afterAll(() => dropTestDatabase(payload))

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
  h = certificationHelpers(payload, env)
}, 60_000)

afterEach(() => world?.stop())

it('a notice that cannot be sent (account deleted) tells staff, answers 202 and keeps the run alive until staff repair it', async () => {
  const training = await createTraining(
    payload,
    [coach.id],
    [
      { kind: 'assignment', title: 'Casusverslag', deadlineDays: 90 },
      { kind: 'elearning', title: 'E-learning', deadlineDays: 90 },
    ],
  )
  const me = await therapist(payload, String((await createRegion(payload)).id))
  const id = await h.enrol(me, String(training.id))
  const active = await h.statusReached(id, 'active')
  const assignment = h.stepIdOf(active, 'assignment')
  await h.actOk(me, id, {
    action: 'submitAssignment',
    stepId: assignment,
    text: 'Mijn casusverslag over een behandeling met EMDR bij een kind van acht.',
  })
  await payload.delete({ collection: 'users', id: me.id, overrideAccess: true })

  // The review's mail to the therapist fails for good: the edge answers within its deadline.
  const review = await h.act(coach, id, { action: 'reviewAssignment', stepId: assignment, decision: 'approve' })
  expect(review).toEqual({ ok: false, status: 202, message: STILL_PROCESSING })
  const notice = await waitForMail(staffEmail, /^Actie nodig: certification/)
  expect(notice.subject).toContain(certificationWorkflowId(id))
  expect(notice.subject).toContain('notifyCertificationEvent')
  const handle = env.client.workflow.getHandle(certificationWorkflowId(id))
  expect((await handle.describe()).status.name).toBe('RUNNING')
  expect((await h.progress(id)).steps.find((s) => s.stepId === assignment)?.status).toBe('done')

  // Staff give the member a new account; the next try (a day later) sends the mail and the run goes on.
  const email = uniqueEmail('behandelaar-nieuw')
  const account = await createUser(payload, ['therapist'], { email })
  await payload.update({ collection: 'members', id: me.memberId!, data: { user: account.id }, overrideAccess: true })
  await env.sleep('25 hours')
  await waitForMail(email, /Casusverslag/)
  const again: Person = { id: String(account.id), roles: ['therapist'], email, memberId: me.memberId }
  await h.actOk(again, id, { action: 'completeStep', stepId: h.stepIdOf(active, 'elearning') })
  await h.statusReached(id, 'certified')
}, 120_000)
