import type { Payload } from 'payload'
import { config } from '../../src/config'
import {
  type PlanStep,
  type StepKind,
  type StepState,
  STEP_KINDS,
  certificateNumber,
} from '../../src/domain/certification'
import * as mails from '../../src/mail/certificationTemplates'
import { memberContact, staffEmails } from '../../src/mail/recipients'
import { sendMailOnce } from '../../src/mail/sendMailOnce'
import { trainingGivesPlaces } from '../../src/domain/trainingPlaces'
import { addCertifiedMethod, removeCertifiedMethod } from '../../src/store/certifiedMethods'
import { idOf, requiredIdOf } from '../../src/domain/ids'
import { progressSentence } from '../../src/domain/renewalCredits'
import { DEFAULT_RENEWAL_REMINDER_DAYS } from '../../src/domain/renewalReminders'
import { renewalLedger } from '../../src/store/renewalLedger'
import type { CertificateRef, CertificationContext, CertificationProgress, Notice } from './messages'

const CONTEXT = { actor: 'certification-workflow' }
/** Progress saves change only the process mirror; the audit log keeps status changes. */
const QUIET = { ...CONTEXT, skipAudit: true }

/** Activities of the certification workflow; each re-reads what it changes and is safe to retry. */
export function createCertificationActivities(payload: Payload) {
  const portal = `${config.PUBLIC_URL}/mijn-opleidingen`
  const trainerPortal = `${config.PUBLIC_URL}/trainer`
  const certificateLink = (number: string) => `${config.PUBLIC_URL}/certificaat/${encodeURIComponent(number)}`
  const myCertificates = `${config.PUBLIC_URL}/mijn-certificaten`
  const creditsPage = (number: string) => `${myCertificates}/${encodeURIComponent(number)}/punten`
  const mailKey = (enrollmentId: string, what: string) => `certification:${enrollmentId}:${what}`

  const loadEnrollment = (id: string) =>
    payload.findByID({ collection: 'enrollments', id, depth: 0, overrideAccess: true })
  const loadTraining = (id: string) => payload.findByID({ collection: 'trainings', id, depth: 0, overrideAccess: true })

  const therapist = (memberId: string) => memberContact(payload, memberId)

  /** The trainers of a training; the platform team when none is listed, so a notice never gets lost. */
  async function trainerEmails(trainingId: string): Promise<string[]> {
    const training = await payload.findByID({ collection: 'trainings', id: trainingId, depth: 1, overrideAccess: true })
    const emails = (training.trainers ?? []).flatMap((user) =>
      typeof user === 'object' && user?.email ? [user.email] : [],
    )
    if (emails.length > 0) return emails
    return staffEmails(payload)
  }

  async function settings() {
    const global = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
    const c = global.certification
    return {
      reminderDaysBefore: (c?.reminderDaysBefore?.length ? c.reminderDaysBefore : [14, 3]).filter(
        (d): d is number => typeof d === 'number' && d > 0,
      ),
      endAfterOverdueDays: c?.endAfterOverdueDays ?? 60,
      renewalLeadMonths: c?.renewalLeadMonths ?? 3,
      renewalReminderDays: (c?.renewalReminderDays?.length
        ? c.renewalReminderDays
        : [...DEFAULT_RENEWAL_REMINDER_DAYS]
      ).filter((d): d is number => typeof d === 'number' && d > 0),
      numberPrefix: c?.numberPrefix || 'DT',
    }
  }

  const placeNumber = (key: string | null | undefined) => (key?.startsWith('place-') ? Number(key.slice(6)) : null)

  return {
    async loadCertificationContext(enrollmentId: string): Promise<CertificationContext> {
      const enrollment = await loadEnrollment(enrollmentId)
      const training = await loadTraining(String(enrollment.training))
      return {
        enrollmentId,
        trainingId: String(training.id),
        trainingTitle: training.title,
        memberId: String(enrollment.member),
        validityYears: training.validityYears ?? 5,
        renewalCredits: training.renewalCredits ?? 0,
      }
    },

    async certificationSettings() {
      const { reminderDaysBefore, endAfterOverdueDays, renewalLeadMonths, renewalReminderDays } = await settings()
      return { reminderDaysBefore, endAfterOverdueDays, renewalLeadMonths, renewalReminderDays }
    },

    /** The steps as they are when the therapist gets a place; later edits do not move running paths. */
    async loadCertificationPlan(enrollmentId: string): Promise<PlanStep[]> {
      const enrollment = await loadEnrollment(enrollmentId)
      const training = await loadTraining(String(enrollment.training))
      return (training.steps ?? []).map((step, index) => ({
        stepId: step.id ?? `step-${index + 1}`,
        kind: (STEP_KINDS as readonly string[]).includes(step.kind) ? (step.kind as StepKind) : 'elearning',
        title: step.title,
        target: step.target && step.target > 0 ? step.target : 1,
        deadlineDays: step.deadlineDays ?? null,
        link: step.link ?? null,
        instructions: step.instructions ?? null,
      }))
    },

    /**
     * Takes a free place, or puts the enrolment on the waiting list. A place is the
     * key `place-<n>` (n ≤ capacity) under a unique (training, placeKey) index, so two
     * therapists can never hold the same place; a clash just tries another one.
     *
     * The capacity rule (src/domain/trainingPlaces.ts): a training is a fixed cohort. Every
     * enrolment whose key is `place-<n>` holds that place, busy or certified; only ending an
     * enrolment (finishEndedEnrollment) changes its key and so gives the place back. Once the
     * training has ended (its last session passed) no place is given: 'closed'.
     */
    async claimTrainingPlace(enrollmentId: string): Promise<'placed' | 'waiting' | 'closed'> {
      for (let attempt = 0; attempt < 20; attempt++) {
        const enrollment = await loadEnrollment(enrollmentId)
        if (placeNumber(enrollment.placeKey)) return 'placed'
        if (enrollment.status === 'ended') return 'waiting'
        const training = await loadTraining(String(enrollment.training))
        if (!trainingGivesPlaces(training, new Date())) return 'closed'
        const holders = await payload.find({
          collection: 'enrollments',
          where: { training: { equals: training.id }, placeKey: { like: 'place-' } },
          pagination: false,
          depth: 0,
          select: { placeKey: true },
          overrideAccess: true,
        })
        const taken = new Set(holders.docs.map((doc) => placeNumber(doc.placeKey)))
        const free = Array.from({ length: training.capacity }, (_, i) => i + 1).filter((n) => !taken.has(n))
        // Fair queue: therapists already on the waiting list (before me) go first; only
        // places beyond their number are free for me. Enrolments not yet queued have no waitingSince.
        const ahead = await payload.count({
          collection: 'enrollments',
          where: {
            training: { equals: training.id },
            status: { equals: 'waiting' },
            waitingSince: enrollment.waitingSince ? { less_than: enrollment.waitingSince } : { exists: true },
            id: { not_equals: enrollmentId },
          },
          overrideAccess: true,
        })
        if (free.length <= ahead.totalDocs) {
          if (!enrollment.waitingSince) {
            await payload.update({
              collection: 'enrollments',
              id: enrollmentId,
              data: { status: 'waiting', waitingSince: new Date().toISOString() },
              overrideAccess: true,
              context: CONTEXT,
            })
          }
          return 'waiting'
        }
        // A random free place keeps many simultaneous enrolments from all trying the same one.
        const place = free[Math.floor(Math.random() * free.length)]!
        try {
          await payload.update({
            collection: 'enrollments',
            id: enrollmentId,
            data: { placeKey: `place-${place}`, status: 'active', activatedAt: new Date().toISOString() },
            overrideAccess: true,
            context: CONTEXT,
          })
          return 'placed'
        } catch {
          // Another enrolment took this place a moment ago (unique index); look again.
        }
      }
      throw new Error(`Could not claim a place for enrolment ${enrollmentId} after 20 attempts`)
    },

    /** Mirrors the workflow's progress on the enrolment document for the portal and the admin. */
    async saveCertificationProgress(progress: CertificationProgress): Promise<void> {
      const status =
        progress.status === 'waiting'
          ? 'waiting'
          : progress.status === 'active'
            ? 'active'
            : progress.status === 'ended'
              ? 'ended'
              : 'completed'
      const now = Date.parse(progress.asOf)
      const open = progress.steps.filter((step) => step.status !== 'done' && step.deadline)
      const nextDeadline = open.map((step) => step.deadline!).sort()[0] ?? null
      const before = await loadEnrollment(progress.enrollmentId)
      await payload.update({
        collection: 'enrollments',
        id: progress.enrollmentId,
        data: {
          status,
          percent: progress.percent,
          progress: progress as unknown as Record<string, unknown>,
          pendingReview: progress.status === 'active' && progress.steps.some((step) => step.status === 'submitted'),
          overdue: progress.status === 'active' && open.some((step) => Date.parse(step.deadline!) < now),
          nextDeadline: progress.status === 'active' ? nextDeadline : null,
          ...(progress.activatedAt ? { activatedAt: progress.activatedAt } : {}),
          ...(progress.ended ? { endedAt: progress.ended.at, endedReason: progress.ended.reason } : {}),
          ...(progress.certificate ? { certificate: progress.certificate.id } : {}),
        },
        depth: 0,
        overrideAccess: true,
        context: before.status === status ? QUIET : CONTEXT,
      })
    },

    async notifyCertificationEvent(context: CertificationContext, notice: Notice, step: StepState): Promise<void> {
      const title = step.title
      const person = await therapist(context.memberId)
      const key = (what: string) => mailKey(context.enrollmentId, `${notice.stepId}:${what}`)
      switch (notice.kind) {
        case 'assignment-submitted':
          await sendMailOnce(
            payload,
            key(`submitted-${step.attempts}`),
            await trainerEmails(context.trainingId),
            mails.assignmentSubmittedMessage(person.name, context.trainingTitle, title, trainerPortal),
          )
          return
        case 'assignment-reviewed':
          await sendMailOnce(
            payload,
            key(`reviewed-${notice.round}`),
            person.email,
            mails.assignmentReviewedMessage(person.name, title, notice.decision === 'approve', step.feedback, portal),
          )
          return
        case 'assessment-recorded':
          await sendMailOnce(
            payload,
            key(`assessment-${notice.attempt}`),
            person.email,
            mails.assessmentMessage(person.name, title, notice.passed, step.feedback, portal),
          )
          return
        case 'extension-granted':
          await sendMailOnce(
            payload,
            key(`extension-${notice.round}`),
            person.email,
            mails.extensionMessage(person.name, title, step.deadline ?? new Date().toISOString(), portal),
          )
          return
        case 'progress-reported':
        case 'progress-decided': {
          const claim = step.claims?.find((c) => c.key === notice.key)
          if (!claim || (step.kind !== 'supervised-cases' && step.kind !== 'supervision-hours')) return
          if (notice.kind === 'progress-reported')
            await sendMailOnce(
              payload,
              key(`reported-${claim.key}`),
              await trainerEmails(context.trainingId),
              mails.progressReportedMessage(
                person.name,
                context.trainingTitle,
                title,
                step.kind,
                claim.amount,
                trainerPortal,
              ),
            )
          else
            await sendMailOnce(
              payload,
              key(`decided-${claim.key}`),
              person.email,
              mails.progressDecidedMessage(
                person.name,
                title,
                step.kind,
                claim.amount,
                claim.status === 'confirmed',
                claim.note,
                portal,
              ),
            )
        }
      }
    },

    async mailCertificationWaitingList(context: CertificationContext): Promise<void> {
      const person = await therapist(context.memberId)
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, 'waiting-list'),
        person.email,
        mails.waitingListMessage(person.name, context.trainingTitle, portal),
      )
    },

    async mailTrainingPlaceGranted(context: CertificationContext, fromWaitingList: boolean): Promise<void> {
      const person = await therapist(context.memberId)
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, 'place'),
        person.email,
        mails.placeGrantedMessage(person.name, context.trainingTitle, fromWaitingList, portal),
      )
    },

    async remindTherapistOfDeadline(context: CertificationContext, step: StepState, daysBefore: number): Promise<void> {
      const person = await therapist(context.memberId)
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, `${step.stepId}:reminder-${step.extensions}-${daysBefore}`),
        person.email,
        mails.stepReminderMessage(person.name, context.trainingTitle, step.title, step.deadline!, portal),
      )
    },

    /** The trainer hears of an overdue step (and can extend or end); the therapist too. */
    async notifyStepOverdue(context: CertificationContext, step: StepState): Promise<void> {
      const person = await therapist(context.memberId)
      const round = `${step.stepId}:overdue-${step.extensions}`
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, `${round}:trainer`),
        await trainerEmails(context.trainingId),
        mails.stepOverdueTrainerMessage(person.name, context.trainingTitle, step.title, step.deadline!, trainerPortal),
      )
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, `${round}:therapist`),
        person.email,
        mails.stepOverdueTherapistMessage(person.name, context.trainingTitle, step.title),
      )
    },

    /**
     * Ends the enrolment: its place is released and the longest waiting therapist's
     * enrolment id returned, so the workflow can tell that run a place is free.
     */
    async finishEndedEnrollment(
      context: CertificationContext,
      ended: { reason: string; by: string; at: string },
    ): Promise<string | null> {
      const enrollment = await loadEnrollment(context.enrollmentId)
      const heldPlace = placeNumber(enrollment.placeKey) !== null
      if (enrollment.status !== 'ended' || heldPlace) {
        await payload.update({
          collection: 'enrollments',
          id: context.enrollmentId,
          data: {
            status: 'ended',
            endedAt: ended.at,
            endedReason: ended.reason,
            placeKey: `ended-${context.enrollmentId}`,
            pendingReview: false,
            overdue: false,
            nextDeadline: null,
          },
          overrideAccess: true,
          context: { actor: `certification-workflow (${ended.by})` },
        })
      }
      const person = await therapist(context.memberId)
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, 'ended'),
        person.email,
        mails.enrollmentEndedMessage(person.name, context.trainingTitle, ended.reason),
      )
      if (!heldPlace) return null
      const next = await payload.find({
        collection: 'enrollments',
        where: {
          training: { equals: context.trainingId },
          status: { equals: 'waiting' },
          waitingSince: { exists: true },
        },
        sort: 'waitingSince',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      return next.docs[0] ? String(next.docs[0].id) : null
    },

    /**
     * Issues the certificate once per enrolment: the unique index on `enrollment` refuses a
     * second one, and a refused attempt returns the one already issued. A number clash (unique
     * index too) draws a new number.
     */
    async issueCertificate(context: CertificationContext, issuedAtIso: string): Promise<CertificateRef> {
      const issued = async (): Promise<CertificateRef | null> => {
        const existing = await payload.find({
          collection: 'certificates',
          where: { enrollment: { equals: context.enrollmentId } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        const found = existing.docs[0]
        return found
          ? { id: String(found.id), number: found.number, issuedAt: found.issuedAt, validUntil: found.validUntil }
          : null
      }
      const found = await issued()
      if (found) return found
      const [training, member, { numberPrefix }] = await Promise.all([
        loadTraining(context.trainingId),
        payload.findByID({ collection: 'members', id: context.memberId, depth: 0, overrideAccess: true }),
        settings(),
      ])
      const issuedAt = new Date(issuedAtIso)
      const validUntil = new Date(issuedAt)
      validUntil.setUTCFullYear(validUntil.getUTCFullYear() + context.validityYears)
      for (let attempt = 0; ; attempt++) {
        const number = certificateNumber(
          numberPrefix,
          training.certificateCode || 'OPL',
          issuedAt.getUTCFullYear(),
          Math.random,
        )
        try {
          const created = await payload.create({
            collection: 'certificates',
            data: {
              number,
              member: context.memberId,
              holderName: member.displayName,
              training: context.trainingId,
              enrollment: context.enrollmentId,
              issuedAt: issuedAt.toISOString(),
              validUntil: validUntil.toISOString(),
              status: 'valid',
            },
            overrideAccess: true,
            context: CONTEXT,
          })
          return {
            id: String(created.id),
            number: created.number,
            issuedAt: created.issuedAt,
            validUntil: created.validUntil,
          }
        } catch (error) {
          // Payload reports either duplicate as a validation error: find out which one it was.
          const already = await issued()
          if (already) return already
          const taken = await payload.count({
            collection: 'certificates',
            where: { number: { equals: number } },
            overrideAccess: true,
          })
          if (taken.totalDocs === 0 || attempt >= 5) throw error
        }
      }
    },

    async mailCertificate(context: CertificationContext, certificate: CertificateRef, cycle: number): Promise<void> {
      const person = await therapist(context.memberId)
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, `certificate-${cycle}`),
        person.email,
        mails.certificateMessage(
          person.name,
          context.trainingTitle,
          certificate.number,
          certificate.validUntil,
          cycle > 0,
          certificateLink(certificate.number),
          myCertificates,
        ),
      )
    },

    /** The certified method joins what matching scores (src/store/certifiedMethods.ts: one insert, never a list rewrite). */
    async addCertifiedMethod(context: CertificationContext): Promise<void> {
      const training = await loadTraining(context.trainingId)
      if (!training.method) return
      const member = await payload.findByID({
        collection: 'members',
        id: context.memberId,
        depth: 0,
        overrideAccess: true,
        select: { user: true },
      })
      await addCertifiedMethod(
        payload,
        { memberId: context.memberId, user: idOf(member.user) },
        requiredIdOf(training.method, `training ${context.trainingId} method`),
      )
    },

    async askForRenewal(context: CertificationContext, certificate: CertificateRef, cycle: number): Promise<void> {
      const person = await therapist(context.memberId)
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, `renewal-due-${cycle}`),
        person.email,
        mails.renewalDueMessage(
          person.name,
          context.trainingTitle,
          certificate.number,
          certificate.validUntil,
          context.renewalCredits,
          creditsPage(certificate.number),
        ),
      )
    },

    /**
     * A renewal reminder (days before expiry) with where the ledger stands now; once per cycle and
     * moment. Whether renewal is open comes from the run (its clock, not this process's).
     */
    async remindOfRenewal(
      context: CertificationContext,
      certificate: CertificateRef & { renewalOpensAt: string },
      cycle: number,
      daysBefore: number,
      renewalOpen: boolean,
    ): Promise<void> {
      const person = await therapist(context.memberId)
      const ledger = await renewalLedger(payload, certificate.id)
      const approved = ledger?.totals.approved ?? 0
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, `renewal-reminder-${cycle}-${daysBefore}`),
        person.email,
        mails.renewalReminderMessage(
          person.name,
          context.trainingTitle,
          certificate.number,
          certificate.validUntil,
          progressSentence(approved, context.renewalCredits),
          certificate.renewalOpensAt,
          renewalOpen,
          creditsPage(certificate.number),
        ),
      )
    },

    /** Extends the same certificate (same number, so shared links stay valid); a retry finds it extended. */
    async renewCertificate(
      context: CertificationContext,
      current: CertificateRef,
      validUntil: string,
      cycle: number,
      renewal: { credits: number; note?: string | null; by: string },
    ): Promise<CertificateRef> {
      const certificate = await payload.findByID({
        collection: 'certificates',
        id: current.id,
        depth: 0,
        overrideAccess: true,
      })
      if (!(certificate.renewals ?? []).some((r) => r.cycle === cycle)) {
        await payload.update({
          collection: 'certificates',
          id: current.id,
          data: {
            validUntil,
            status: 'valid',
            renewals: [
              ...(certificate.renewals ?? []),
              {
                cycle,
                renewedAt: new Date().toISOString(),
                credits: renewal.credits,
                note: renewal.note ?? null,
                previousValidUntil: current.validUntil,
              },
            ],
          },
          overrideAccess: true,
          context: { actor: `certification-workflow (${renewal.by})` },
        })
      }
      return { ...current, validUntil }
    },

    /** Marks the certificate expired; the method leaves the profile unless another valid certificate covers it. */
    async expireCertificate(context: CertificationContext, current: CertificateRef, cycle: number): Promise<void> {
      const certificate = await payload.findByID({
        collection: 'certificates',
        id: current.id,
        depth: 0,
        overrideAccess: true,
      })
      if (certificate.status === 'valid') {
        await payload.update({
          collection: 'certificates',
          id: current.id,
          data: { status: 'expired', expiredAt: new Date().toISOString() },
          overrideAccess: true,
          context: CONTEXT,
        })
      }
      const training = await loadTraining(context.trainingId)
      if (training.method) {
        const method = String(training.method)
        const sameMethod = await payload.find({
          collection: 'trainings',
          where: { method: { equals: method } },
          pagination: false,
          depth: 0,
          select: {},
          overrideAccess: true,
        })
        const stillValid = await payload.count({
          collection: 'certificates',
          where: {
            member: { equals: context.memberId },
            status: { equals: 'valid' },
            training: { in: sameMethod.docs.map((d) => d.id) },
          },
          overrideAccess: true,
        })
        if (stillValid.totalDocs === 0) await removeCertifiedMethod(payload, context.memberId, method)
      }
      const person = await therapist(context.memberId)
      await sendMailOnce(
        payload,
        mailKey(context.enrollmentId, `expired-${cycle}`),
        person.email,
        mails.certificateExpiredMessage(person.name, context.trainingTitle, current.number),
      )
    },

    /** For the supervision-group workflow: the certification runs that count a member's supervision hours. */
    async certificationsForSupervision(memberId: string): Promise<string[]> {
      const running = await payload.find({
        collection: 'enrollments',
        where: { member: { equals: memberId }, status: { equals: 'active' } },
        pagination: false,
        depth: 0,
        select: { progress: true },
        overrideAccess: true,
      })
      return running.docs
        .filter((doc) =>
          ((doc.progress as CertificationProgress | null)?.steps ?? []).some(
            (step) => step.kind === 'supervision-hours' && step.status !== 'done',
          ),
        )
        .map((doc) => `certification-${doc.id}`)
    },
  }
}
