import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow'
import {
  type StepState,
  initialStepStates,
  minusMonths,
  nextActionFor,
  nextTimerEvent,
  percentDone,
  plusYears,
} from '../../src/domain/certification'
import {
  assessmentFeedbackProblem,
  attendanceProblem,
  claimProblem,
  extensionProblem,
  feedbackProblem,
  stepProblem,
  therapistOnly,
  trainerOnly,
} from '../../src/domain/certificationRules'
import { renewalReminderMoments } from '../../src/domain/renewalReminders'
import { TRAINING_ENDED_WHILE_WAITING } from '../../src/domain/trainingPlaces'
import { durable } from '../failures/steps'
import type { createCertificationActivities } from './activities'
import {
  type CertificateRef,
  type CertificationContext,
  type CertificationInput,
  type CertificationProgress,
  type CertificationStatus,
  type Notice,
  addSupervisionHoursSignal,
  certificationWorkflowId,
  completeStepUpdate,
  confirmProgressUpdate,
  endEnrollmentUpdate,
  grantExtensionUpdate,
  placeFreedSignal,
  progressQuery,
  recordAssessmentUpdate,
  recordAttendanceUpdate,
  reportProgressUpdate,
  reviewAssignmentUpdate,
  submitAssignmentUpdate,
  submitRenewalUpdate,
} from './messages'

// A run lives five years and more: a step that fails past its bound (the database down for an
// evening) or for good (a deleted account) tells staff and waits, it never ends the run.
const acts = durable(
  proxyActivities<ReturnType<typeof createCertificationActivities>>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: '1 hour',
    retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
  }),
  { process: 'certification', onPermanent: () => 'wait', transientPause: '1 hour', permanentPause: '1 day' },
)

/** Patch: withdrawing attendance no longer reopens a done step (README, "Workflows veranderen"). */
export const DONE_STEP_STAYS_DONE = 'done-step-stays-done'

/** Patch: reported cases and hours wait for the trainer's confirmation before they count. */
export const PROGRESS_NEEDS_CONFIRMATION = 'progress-needs-confirmation'

/** Patch: renewal reminders (Settings, default 180/90/30 days before expiry) with the ledger's progress. */
export const RENEWAL_REMINDERS = 'renewal-reminders'

/** Besides the placeFreed signal, a waiting run looks again now and then (a trainer may add places). */
const WAITING_RECHECK = '7 days'

/**
 * One therapist's path through one training: a place (or the waiting list), every
 * step with its deadline, reminders and trainer follow-up, the certificate, and
 * after that the renewal cycles, each in a fresh run (continue-as-new).
 */
export async function certification(input: CertificationInput): Promise<CertificationProgress> {
  const context: CertificationContext =
    input.phase === 'certified' ? input.context : await acts.loadCertificationContext(input.enrollmentId)
  const { enrollmentId } = context

  let status: CertificationStatus = input.phase === 'certified' ? 'certified' : 'waiting'
  let steps: StepState[] = input.phase === 'certified' ? input.steps : []
  let certificate: (CertificateRef & { renewalOpensAt: string }) | undefined =
    input.phase === 'certified' ? input.certificate : undefined
  const cycle = input.phase === 'certified' ? input.cycle : 0
  let waitingSince: string | undefined
  let activatedAt: string | undefined
  let ended: CertificationProgress['ended']
  let renewal: { credits: number; note?: string | null; by: string } | undefined
  let placeFreed = false
  const countedKeys = new Set<string>()
  const outbox: Notice[] = []
  let version = 0
  let savedVersion = 0

  const progress = (): CertificationProgress => ({
    enrollmentId,
    trainingId: context.trainingId,
    trainingTitle: context.trainingTitle,
    memberId: context.memberId,
    status,
    percent: status === 'certified' || status === 'renewal-due' || status === 'expired' ? 100 : percentDone(steps),
    steps: steps.map((step) => ({ ...step, nextAction: status === 'active' ? nextActionFor(step) : null })),
    waitingSince,
    activatedAt,
    ended,
    certificate,
    renewal: certificate ? { creditsRequired: context.renewalCredits, creditsSubmitted: renewal?.credits } : undefined,
    cycle,
    version,
    asOf: new Date().toISOString(),
  })
  /** Marks a change; the main loop saves it (and sends what is in the outbox) in order. */
  const changed = () => {
    version += 1
    return version
  }
  /** Update handlers answer once their change is on the enrolment document, so the portal shows it at once. */
  const saved = async (mine: number) => {
    await condition(() => savedVersion >= mine)
    return progress()
  }
  const ruleState = () => ({ status, memberId: context.memberId, steps })
  const step = (stepId: string) => steps.find((s) => s.stepId === stepId)!
  const refuse = (problem: string | null) => {
    if (problem) throw new Error(problem)
  }
  const markDone = (s: StepState) => {
    s.status = 'done'
    s.doneAt = new Date().toISOString()
  }
  const addCount = (s: StepState, key: string, amount: number) => {
    if (countedKeys.has(key)) return false
    countedKeys.add(key)
    s.count = Math.round((s.count + amount) * 100) / 100
    if (s.count >= s.target && s.status !== 'done') markDone(s)
    return true
  }

  setHandler(progressQuery, progress)

  // ——— therapist ———
  setHandler(
    completeStepUpdate,
    async ({ stepId }) => {
      markDone(step(stepId))
      return saved(changed())
    },
    {
      validator: ({ stepId, actor }) =>
        refuse(therapistOnly(actor) ?? stepProblem(ruleState(), actor, stepId, ['elearning'])),
    },
  )
  setHandler(
    submitAssignmentUpdate,
    async ({ stepId, text, fileUrl }) => {
      const s = step(stepId)
      s.status = 'submitted'
      s.submission = { text, fileUrl: fileUrl ?? null, submittedAt: new Date().toISOString() }
      s.attempts += 1
      outbox.push({ kind: 'assignment-submitted', stepId })
      return saved(changed())
    },
    {
      validator: ({ stepId, actor, text }) => {
        refuse(therapistOnly(actor) ?? stepProblem(ruleState(), actor, stepId, ['assignment']))
        if (step(stepId).status === 'submitted') refuse('Je opdracht ligt al bij de trainer ter beoordeling.')
        if (text.trim().length < 20) refuse('Schrijf minstens 20 tekens bij je opdracht.')
      },
    },
  )
  setHandler(
    reportProgressUpdate,
    async ({ stepId, amount, key }) => {
      const s = step(stepId)
      if (!patched(PROGRESS_NEEDS_CONFIRMATION)) addCount(s, `report:${key}`, amount)
      else if (!s.claims?.some((claim) => claim.key === key)) {
        s.claims = [...(s.claims ?? []), { key, amount, reportedAt: new Date().toISOString(), status: 'pending' }]
        outbox.push({ kind: 'progress-reported', stepId, key })
      }
      return saved(changed())
    },
    {
      validator: ({ stepId, actor, amount }) => {
        refuse(
          therapistOnly(actor) ?? stepProblem(ruleState(), actor, stepId, ['supervised-cases', 'supervision-hours']),
        )
        if (!(amount > 0 && amount <= 100)) refuse('Geef een aantal tussen 0 en 100.')
      },
    },
  )
  setHandler(
    submitRenewalUpdate,
    async ({ credits, note, actor }) => {
      renewal = { credits, note, by: actor.userId }
      changed()
      return progress()
    },
    {
      validator: ({ credits, actor }) => {
        refuse(therapistOnly(actor))
        if (actor.memberId !== context.memberId) refuse('Dit certificaat hoort bij een andere behandelaar.')
        if (status === 'certified')
          refuse(`Herregistratie kan vanaf ${certificate ? certificate.renewalOpensAt.slice(0, 10) : 'later'}.`)
        if (status !== 'renewal-due') refuse('Er is nu geen herregistratie open voor dit certificaat.')
        if (renewal) refuse('Je herregistratie is al ontvangen.')
        if (!(credits >= context.renewalCredits))
          refuse(
            `Voor herregistratie zijn ${context.renewalCredits} punten nodig; er zijn er nu ${credits} goedgekeurd.`,
          )
      },
    },
  )

  // ——— trainer ———
  setHandler(
    recordAttendanceUpdate,
    async ({ stepId, sessionDate, present }) => {
      const s = step(stepId)
      const day = sessionDate.slice(0, 10)
      const key = `${stepId}:session:${day}`
      // Which days were attended, for the trainer's attendance table (state only, no commands).
      const others = (s.attended ?? []).filter((d) => d !== day)
      s.attended = present ? [...others, day].sort() : others
      if (present) addCount(s, key, 1)
      else if (countedKeys.delete(key)) {
        s.count -= 1
        // A done step stays done (its certificate may be on its way). Runs that started before
        // this change reopened it, and must do so again on replay.
        const stays = s.status === 'done' && patched(DONE_STEP_STAYS_DONE)
        if (s.count < s.target && !stays) s.status = 'open'
      }
      return saved(changed())
    },
    {
      validator: ({ stepId, actor, present }) =>
        refuse(
          trainerOnly(actor) ??
            stepProblem(ruleState(), actor, stepId, ['sessions'], true) ??
            attendanceProblem(ruleState(), stepId, present),
        ),
    },
  )
  setHandler(
    reviewAssignmentUpdate,
    async ({ stepId, decision, feedback }) => {
      const s = step(stepId)
      s.feedback = feedback?.trim() || null
      if (decision === 'approve') markDone(s)
      else s.status = 'returned'
      outbox.push({ kind: 'assignment-reviewed', stepId, decision, round: s.attempts })
      return saved(changed())
    },
    {
      validator: ({ stepId, actor, decision, feedback }) => {
        refuse(trainerOnly(actor) ?? stepProblem(ruleState(), actor, stepId, ['assignment']))
        if (step(stepId).status !== 'submitted') refuse('Er ligt geen ingeleverde opdracht ter beoordeling.')
        refuse(feedbackProblem(decision, feedback))
      },
    },
  )
  setHandler(
    recordAssessmentUpdate,
    async ({ stepId, passed, feedback }) => {
      const s = step(stepId)
      s.attempts += 1
      s.feedback = feedback?.trim() || null
      if (passed) markDone(s)
      outbox.push({ kind: 'assessment-recorded', stepId, passed, attempt: s.attempts })
      return saved(changed())
    },
    {
      // Validators do not run on replay: refusing more here changes no history.
      validator: ({ stepId, actor, passed, feedback }) =>
        refuse(
          trainerOnly(actor) ??
            stepProblem(ruleState(), actor, stepId, ['assessment']) ??
            assessmentFeedbackProblem(passed, feedback),
        ),
    },
  )
  setHandler(
    grantExtensionUpdate,
    async ({ stepId, until }) => {
      const s = step(stepId)
      s.deadline = new Date(until).toISOString()
      s.remindersSent = []
      s.overdueNotified = false
      s.extensions += 1
      outbox.push({ kind: 'extension-granted', stepId, round: s.extensions })
      return saved(changed())
    },
    {
      validator: ({ stepId, actor, until, reason }) => {
        refuse(
          trainerOnly(actor) ??
            stepProblem(ruleState(), actor, stepId, [
              'sessions',
              'elearning',
              'assignment',
              'supervised-cases',
              'supervision-hours',
              'assessment',
            ]),
        )
        refuse(extensionProblem(step(stepId), until, Date.now()))
        if (reason.trim().length < 3) refuse('Geef een korte reden voor het uitstel.')
      },
    },
  )
  setHandler(
    confirmProgressUpdate,
    async ({ stepId, key, decision, note }) => {
      const s = step(stepId)
      const claim = s.claims!.find((c) => c.key === key)!
      claim.status = decision === 'confirm' ? 'confirmed' : 'rejected'
      claim.decidedAt = new Date().toISOString()
      claim.note = note?.trim() || null
      if (decision === 'confirm') addCount(s, `report:${key}`, claim.amount)
      outbox.push({ kind: 'progress-decided', stepId, key })
      return saved(changed())
    },
    {
      validator: ({ stepId, actor, key, decision, note }) => {
        refuse(
          trainerOnly(actor) ??
            stepProblem(ruleState(), actor, stepId, ['supervised-cases', 'supervision-hours'], true),
        )
        refuse(claimProblem(step(stepId), key, decision, note))
      },
    },
  )
  setHandler(
    endEnrollmentUpdate,
    async ({ reason, actor }) => {
      status = 'ended'
      ended = { reason: reason.trim(), by: actor.userId, at: new Date().toISOString() }
      return saved(changed())
    },
    {
      validator: ({ actor, reason }) => {
        refuse(trainerOnly(actor))
        if (status !== 'active' && status !== 'waiting')
          refuse('Deze inschrijving loopt niet meer en kan niet worden beëindigd.')
        if (reason.trim().length < 3) refuse('Geef een reden voor het beëindigen.')
      },
    },
  )

  // ——— other workflows ———
  setHandler(addSupervisionHoursSignal, ({ key, hours, memberId }) => {
    if (status !== 'active' || memberId !== context.memberId || !(hours > 0 && hours <= 8) || !key) return
    const target = steps.find((s) => s.kind === 'supervision-hours' && s.status !== 'done')
    if (target && addCount(target, `supervision:${key}`, hours)) changed()
  })
  setHandler(placeFreedSignal, () => {
    placeFreed = true
  })

  /** Sends what handlers queued and writes the newest state to the enrolment document. */
  async function flush(): Promise<void> {
    while (outbox.length > 0) {
      const notice = outbox.shift()!
      await acts.notifyCertificationEvent(context, notice, step(notice.stepId))
    }
    if (version > savedVersion) {
      const snapshot = progress()
      await acts.saveCertificationProgress(snapshot)
      savedVersion = snapshot.version
    }
  }
  const busy = () => outbox.length > 0 || version > savedVersion

  if (input.phase === 'certified') return await certifiedPhase(input.certificate)

  // ——— a place, or the waiting list ———
  const settings = await acts.certificationSettings()
  let place = await acts.claimTrainingPlace(enrollmentId)
  if (place === 'waiting') {
    waitingSince = new Date().toISOString()
    changed()
    await flush()
    await acts.mailCertificationWaitingList(context)
    while (place === 'waiting' && status === 'waiting') {
      await condition(() => placeFreed || busy() || status !== 'waiting', WAITING_RECHECK)
      await flush()
      if (status !== 'waiting') break
      placeFreed = false
      place = await acts.claimTrainingPlace(enrollmentId)
      // A long wait on a full training: start a fresh run rather than grow the history.
      if (place === 'waiting' && status === 'waiting' && workflowInfo().historyLength > 1_000) {
        await condition(allHandlersFinished)
        return await continueAsNew<typeof certification>({ enrollmentId })
      }
    }
  }
  // The training ended before a place came free (a fixed cohort, src/domain/trainingPlaces.ts).
  // Only runs after this change meet 'closed': no recorded history holds it, so no patch.
  if (place === 'closed' && status === 'waiting') {
    status = 'ended'
    ended = { reason: TRAINING_ENDED_WHILE_WAITING, by: 'systeem', at: new Date().toISOString() }
    changed()
  }
  if (status === 'waiting') {
    const plan = await acts.loadCertificationPlan(enrollmentId)
    activatedAt = new Date().toISOString()
    steps = initialStepStates(plan, new Date(activatedAt))
    status = 'active'
    changed()
    await flush()
    await acts.mailTrainingPlaceGranted(context, waitingSince !== undefined)
  }

  // ——— the steps ———
  const allDone = () => steps.every((s) => s.status === 'done')
  while (status === 'active' && !allDone()) {
    const event = nextTimerEvent(steps, settings.reminderDaysBefore, settings.endAfterOverdueDays)
    const timeout = event ? Math.max(1, event.at - Date.now()) : undefined
    const wake = () => busy() || status !== 'active' || allDone()
    const woke = timeout === undefined ? await condition(wake).then(() => true) : await condition(wake, timeout)
    if (woke || !event) {
      await flush()
      continue
    }
    const s = step(event.stepId)
    if (event.kind === 'reminder') {
      // A reminder whose moment passed while the step had not started yet is skipped, not sent late.
      if (Date.now() < Date.parse(s.deadline!)) await acts.remindTherapistOfDeadline(context, s, event.daysBefore)
      s.remindersSent.push(event.daysBefore)
    } else if (event.kind === 'overdue') {
      s.overdueNotified = true
      await acts.notifyStepOverdue(context, s)
    } else {
      status = 'ended'
      ended = {
        reason: `Termijn van "${s.title}" ruim verstreken zonder uitstel.`,
        by: 'systeem',
        at: new Date().toISOString(),
      }
    }
    changed()
    await flush()
  }

  if (status === 'ended') {
    await flush()
    await condition(allHandlersFinished)
    const next = await acts.finishEndedEnrollment(context, ended!)
    if (next) {
      // That run may have ended a moment ago; then the next one finds the place on its weekly look.
      await getExternalWorkflowHandle(certificationWorkflowId(next))
        .signal(placeFreedSignal)
        .catch(() => undefined)
    }
    return progress()
  }

  // ——— the certificate ———
  await flush()
  const issued = await acts.issueCertificate(context, new Date().toISOString())
  await acts.mailCertificate(context, issued, 0)
  await acts.addCertifiedMethod(context)
  status = 'certified'
  certificate = { ...issued, renewalOpensAt: minusMonths(issued.validUntil, settings.renewalLeadMonths) }
  changed()
  await flush()
  await condition(allHandlersFinished)
  return await continueAsNew<typeof certification>({
    enrollmentId,
    phase: 'certified',
    context,
    certificate,
    cycle: 1,
    steps,
  })

  /** Valid until shortly before expiry; then renewal is asked for; renewed → next run, else expired. */
  async function certifiedPhase(current: CertificateRef & { renewalOpensAt: string }): Promise<CertificationProgress> {
    const reachedAt = Date.now()
    const { renewalLeadMonths, renewalReminderDays } = await acts.certificationSettings()
    const opensAt = minusMonths(current.validUntil, renewalLeadMonths)
    const held = { ...current, renewalOpensAt: opensAt }
    certificate = held
    status = 'certified'
    changed()
    await flush()

    const openRenewal = async () => {
      await sleepUntil(opensAt)
      status = 'renewal-due'
      changed()
      await flush()
      await acts.askForRenewal(context, held, cycle)
    }
    if (!patched(RENEWAL_REMINDERS)) await openRenewal()
    else {
      // Reminders and the opening in the order of their moments; a reminder whose moment had passed
      // when this run began is skipped, not sent late; none once a renewal is in.
      let opened = false
      for (const reminder of renewalReminderMoments(current.validUntil, renewalReminderDays ?? [])) {
        if (!opened && Date.parse(opensAt) <= Date.parse(reminder.at)) {
          await openRenewal()
          opened = true
        }
        if (Date.parse(reminder.at) <= reachedAt) continue
        await sleepUntil(reminder.at, () => renewal !== undefined)
        if (renewal) break
        await acts.remindOfRenewal(context, held, cycle, reminder.daysBefore, opened)
      }
      if (!opened) await openRenewal()
    }

    await sleepUntil(current.validUntil, () => renewal !== undefined)
    if (renewal) {
      const validUntil = plusYears(current.validUntil, context.validityYears)
      const renewed = await acts.renewCertificate(context, current, validUntil, cycle, renewal)
      await acts.mailCertificate(context, renewed, cycle)
      await flush()
      await condition(allHandlersFinished)
      const next = { ...renewed, renewalOpensAt: minusMonths(renewed.validUntil, renewalLeadMonths) }
      return await continueAsNew<typeof certification>({
        enrollmentId,
        phase: 'certified',
        context,
        certificate: next,
        cycle: cycle + 1,
        steps,
      })
    }
    await acts.expireCertificate(context, current, cycle)
    status = 'expired'
    changed()
    await flush()
    await condition(allHandlersFinished)
    return progress()
  }

  /** Waits until a moment (or `done`), saving changes made by handlers meanwhile. */
  async function sleepUntil(iso: string, done: () => boolean = () => false): Promise<void> {
    for (;;) {
      const left = Date.parse(iso) - Date.now()
      if (done() || left <= 0) return
      await condition(() => busy() || done(), left)
      await flush()
    }
  }
}
