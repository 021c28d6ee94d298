import { afterAll, beforeAll, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import { addSupervisionHoursSignal, certificationWorkflowId } from '../../../workflows/certification/messages'
import {
  type Person,
  approvedCredits,
  certificationHelpers,
  createTraining,
  therapist,
  trainer,
  inDays,
} from '../../certification/setup'
import { eventually } from '../../helpers/eventually'
import { mailsTo, waitForMail } from '../../helpers/mail'
import { createRegion } from '../../helpers/factories'
import { dropTestDatabase, testPayload } from '../../helpers/payload'
import { createTestWorker, timeSkippingEnvironment } from '../../helpers/temporal'
import { saveHistory } from './fixtures'

/** Real certification runs on the time-skipping server; each run of a continue-as-new chain is its own fixture. */
let payload: Payload
let env: TestWorkflowEnvironment
let worker: Worker
let workerRun: Promise<void>
let regionId: string
let coach: Person
let h: ReturnType<typeof certificationHelpers>

beforeAll(async () => {
  payload = await testPayload()
  env = await timeSkippingEnvironment()
  worker = await createTestWorker(env, payload)
  workerRun = worker.run()
  regionId = String((await createRegion(payload)).id)
  coach = await trainer(payload)
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      certification: { reminderDaysBefore: [3], endAfterOverdueDays: 0, renewalLeadMonths: 3, numberPrefix: 'DT' },
    },
    overrideAccess: true,
  })
  h = certificationHelpers(payload, env)
}, 120_000)

afterAll(async () => {
  worker?.shutdown()
  await workerRun
  await env?.teardown()
  await dropTestDatabase(payload)
})

const runIdOf = async (enrollmentId: string) =>
  (await env.client.workflow.getHandle(certificationWorkflowId(enrollmentId)).describe()).runId
const singleStep = (extra: Parameters<typeof createTraining>[3] = {}) =>
  createTraining(payload, [coach.id], [{ kind: 'elearning', title: 'E-learning veiligheid', deadlineDays: 30 }], extra)

const [dayOne, dayTwo] = [inDays(7), inDays(8)]

it('to certificate: every kind of step, a reminder, an extension, a returned assignment → certificate (continue-as-new)', async () => {
  const training = await createTraining(
    payload,
    [coach.id],
    [
      { kind: 'sessions', title: 'Twee trainingsdagen', target: 2, deadlineDays: 90 },
      { kind: 'elearning', title: 'E-learning psycho-educatie', deadlineDays: 10 },
      { kind: 'assignment', title: 'Casusverslag', deadlineDays: 120 },
      { kind: 'supervised-cases', title: 'Drie cliënten behandeld', target: 3, deadlineDays: 365 },
      { kind: 'supervision-hours', title: 'Twee uur supervisie', target: 2, deadlineDays: 365 },
      { kind: 'assessment', title: 'Toetsing', deadlineDays: 400 },
    ],
    { sessionDates: [dayOne, dayTwo] },
  )
  const me = await therapist(payload, regionId)
  const id = await h.enrol(me, String(training.id))
  const active = await h.statusReached(id, 'active')
  const runId = await runIdOf(id)
  const step = (kind: Parameters<typeof h.stepIdOf>[1]) => h.stepIdOf(active, kind)

  await h.actOk(coach, id, {
    action: 'recordAttendance',
    stepId: step('sessions'),
    sessionDate: dayOne,
    present: true,
  })
  await h.actOk(coach, id, {
    action: 'recordAttendance',
    stepId: step('sessions'),
    sessionDate: dayTwo,
    present: false,
  })
  await h.actOk(coach, id, {
    action: 'recordAttendance',
    stepId: step('sessions'),
    sessionDate: dayTwo,
    present: true,
  })
  // The e-learning reminder (3 days before), then the overdue notice, then an extension.
  await env.sleep('12 days')
  await eventually(async () =>
    (await h.mirrored(id))?.steps.find((s) => s.kind === 'elearning')?.overdueNotified ? true : null,
  )
  const now = Date.parse((await h.progress(id)).asOf)
  await h.actOk(coach, id, {
    action: 'grantExtension',
    stepId: step('elearning'),
    until: new Date(now + 20 * 86_400_000).toISOString(),
    reason: 'Ziek geweest',
  })
  await h.actOk(me, id, { action: 'completeStep', stepId: step('elearning') })
  await h.actOk(me, id, {
    action: 'submitAssignment',
    stepId: step('assignment'),
    text: 'Eerste versie van mijn casusverslag over EMDR.',
  })
  await h.actOk(coach, id, {
    action: 'reviewAssignment',
    stepId: step('assignment'),
    decision: 'return',
    feedback: 'Beschrijf ook je eigen reactie.',
  })
  await h.actOk(me, id, {
    action: 'submitAssignment',
    stepId: step('assignment'),
    text: 'Tweede versie, met mijn eigen reactie erbij beschreven.',
  })
  await h.actOk(coach, id, { action: 'reviewAssignment', stepId: step('assignment'), decision: 'approve' })
  // Reported cases wait for the trainer (patch PROGRESS_NEEDS_CONFIRMATION): one confirmed, one
  // rejected, one confirmed. Runs from before the patch replay as `to-certificate`.
  const report = (amount: number, key: string) =>
    h.actOk(me, id, { action: 'reportProgress', stepId: step('supervised-cases'), amount, key })
  const decide = (key: string, decision: 'confirm' | 'reject', note?: string) =>
    h.actOk(coach, id, { action: 'confirmProgress', stepId: step('supervised-cases'), key, decision, note })
  await report(2, 'form-aaaa-1111')
  await decide('form-aaaa-1111', 'confirm')
  await report(4, 'form-cccc-3333')
  await decide('form-cccc-3333', 'reject', 'Vielen buiten de supervisie.')
  await report(1, 'form-bbbb-2222')
  await decide('form-bbbb-2222', 'confirm')
  const handle = env.client.workflow.getHandle(certificationWorkflowId(id))
  for (const n of [1, 2])
    await handle.signal(addSupervisionHoursSignal, {
      key: `supervision:groep-1:${n}:${me.memberId}`,
      hours: 1,
      memberId: me.memberId!,
      groupId: 'groep-1',
    })
  await eventually(async () =>
    (await h.mirrored(id))?.steps.find((s) => s.kind === 'supervision-hours')?.status === 'done' ? true : null,
  )
  await h.actOk(coach, id, {
    action: 'recordAssessment',
    stepId: step('assessment'),
    passed: false,
    feedback: 'Nog niet: oefen de afsluiting van de sessie.',
  })
  await h.actOk(coach, id, {
    action: 'recordAssessment',
    stepId: step('assessment'),
    passed: true,
    feedback: 'Geslaagd.',
  })
  await h.statusReached(id, 'certified')
  await saveHistory(env.client, 'to-certificate-confirmed-cases', certificationWorkflowId(id), runId)
})

it('waiting list and ended: a full training, the first is ended by the trainer, the waiting one gets the place', async () => {
  const training = await singleStep({ capacity: 1 })
  const first = await therapist(payload, regionId)
  const second = await therapist(payload, regionId)
  const firstId = await h.enrol(first, String(training.id))
  await h.statusReached(firstId, 'active')
  const secondId = await h.enrol(second, String(training.id))
  await h.statusReached(secondId, 'waiting')
  const waitingRun = await runIdOf(secondId)
  await h.actOk(coach, firstId, { action: 'endEnrollment', reason: 'Gestopt wegens verhuizing' })
  const placed = await h.statusReached(secondId, 'active')
  await h.actOk(second, secondId, { action: 'completeStep', stepId: placed.steps[0]!.stepId })
  await h.statusReached(secondId, 'certified')
  await saveHistory(env.client, 'ended-by-trainer', certificationWorkflowId(firstId))
  await saveHistory(env.client, 'waiting-list-to-certificate', certificationWorkflowId(secondId), waitingRun)
})

it('renewal: the certified run asks for renewal, the therapist renews → next cycle (continue-as-new)', async () => {
  const training = await singleStep({ validityYears: 2, renewalCredits: 40 })
  const me = await therapist(payload, regionId)
  const id = await h.enrol(me, String(training.id))
  const p = await h.statusReached(id, 'active')
  await h.actOk(me, id, { action: 'completeStep', stepId: p.steps[0]!.stepId })
  await h.statusReached(id, 'certified')
  const certifiedRun = await runIdOf(id)
  await env.sleep('650 days')
  await h.statusReached(id, 'renewal-due')
  // Renewal counts the ledger's approved credits (issue 16), whatever number is sent.
  await approvedCredits(payload, String((await h.mirrored(id))!.certificate!.id), 40)
  await approvedCredits(payload, String((await h.mirrored(id))!.certificate!.id), 5, 'Intervisie')
  await h.actOk(me, id, { action: 'submitRenewal', credits: 45, note: 'Congres en intervisie' })
  await eventually(async () => ((await h.mirrored(id))?.cycle === 2 ? true : null))
  await saveHistory(env.client, 'renewal', certificationWorkflowId(id), certifiedRun)
}, 120_000)

it('renewal reminders (patch renewal-reminders): 180 and 90 days before, renewal in between → next cycle', async () => {
  const training = await singleStep({ validityYears: 1, renewalCredits: 40 })
  const me = await therapist(payload, regionId)
  const id = await h.enrol(me, String(training.id))
  const p = await h.statusReached(id, 'active')
  await h.actOk(me, id, { action: 'completeStep', stepId: p.steps[0]!.stepId })
  const certified = await h.statusReached(id, 'certified')
  const certifiedRun = await runIdOf(id)
  await approvedCredits(payload, certified.certificate!.id, 32)
  await env.sleep('190 days')
  await waitForMail(me.email, /Herinnering herregistratie/)
  await env.sleep('90 days')
  await h.statusReached(id, 'renewal-due')
  await eventually(async () =>
    (await mailsTo(me.email)).filter((m) => /Herinnering herregistratie/.test(m.subject)).length === 2 ? true : null,
  )
  await approvedCredits(payload, certified.certificate!.id, 10, 'Intervisie')
  await h.actOk(me, id, { action: 'submitRenewal', note: 'Congres en intervisie' })
  await eventually(async () => ((await h.mirrored(id))?.cycle === 2 ? true : null))
  await saveHistory(env.client, 'renewal-reminders', certificationWorkflowId(id), certifiedRun)
}, 120_000)

it('expiry: no renewal, the certificate expires', async () => {
  const training = await singleStep({ validityYears: 1, renewalCredits: 40 })
  const me = await therapist(payload, regionId)
  const id = await h.enrol(me, String(training.id))
  const p = await h.statusReached(id, 'active')
  await h.actOk(me, id, { action: 'completeStep', stepId: p.steps[0]!.stepId })
  await h.statusReached(id, 'certified')
  await env.sleep('370 days')
  await h.statusReached(id, 'expired')
  await saveHistory(env.client, 'expired', certificationWorkflowId(id))
}, 120_000)

it('attendance reopens a done step (before patch done-step-stays-done): the certificate waits until it is done again', async () => {
  const training = await createTraining(
    payload,
    [coach.id],
    [
      { kind: 'sessions', title: 'Eén trainingsdag', target: 1, deadlineDays: 90 },
      { kind: 'elearning', title: 'E-learning', deadlineDays: 90 },
    ],
    { sessionDates: [dayOne] },
  )
  const me = await therapist(payload, regionId)
  const id = await h.enrol(me, String(training.id))
  const active = await h.statusReached(id, 'active')
  const runId = await runIdOf(id)
  const sessions = h.stepIdOf(active, 'sessions')
  await h.actOk(coach, id, { action: 'recordAttendance', stepId: sessions, sessionDate: dayOne, present: true })
  await h.actOk(coach, id, { action: 'recordAttendance', stepId: sessions, sessionDate: dayOne, present: false })
  await h.actOk(me, id, { action: 'completeStep', stepId: h.stepIdOf(active, 'elearning') })
  await h.actOk(coach, id, { action: 'recordAttendance', stepId: sessions, sessionDate: dayOne, present: true })
  await h.statusReached(id, 'certified')
  await saveHistory(env.client, 'attendance-reopens-done-step', certificationWorkflowId(id), runId)
})
