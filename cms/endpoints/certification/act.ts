import type { Client } from '@temporalio/client'
import type { UpdateDefinition } from '@temporalio/common'
import type { Payload } from 'payload'
import { hasRole } from '../../access/roles'
import type { Refusal } from '../../../src/actionResult'
import { updateCertification } from '../../../workflows/certification/client'
import {
  type Actor,
  type CertificationProgress,
  completeStepUpdate,
  confirmProgressUpdate,
  endEnrollmentUpdate,
  grantExtensionUpdate,
  recordAssessmentUpdate,
  recordAttendanceUpdate,
  reportProgressUpdate,
  reviewAssignmentUpdate,
  submitAssignmentUpdate,
  submitRenewalUpdate,
} from '../../../workflows/certification/messages'
import { isDocumentId, parseInput } from '../../../src/domain/parseInput'
import { type EnrollmentAction, TRAINER_ACTIONS, actionSchema } from './actionSchema'
import { memberIdOf } from '../../access/memberOfUser'
import { idOf, requiredIdOf } from '../../../src/domain/ids'
import { attendanceDateProblem } from '../../../src/domain/trainingPlaces'
import { OTHER_THERAPIST } from '../../../src/domain/certificationRules'
import { renewalLedger } from '../../../src/store/renewalLedger'

export type ActResult = { ok: true; progress: CertificationProgress } | Refusal

type UserLike = { id: string | number; roles?: readonly string[] | null }

/**
 * One portal action on an enrolment. The edge decides WHO acts (user → member,
 * trainer of this training); the workflow's update validators decide whether the
 * action fits the path (right step, your own, not done yet).
 */
export async function actOnEnrollment(
  payload: Payload,
  client: Client,
  user: UserLike | null,
  enrollmentId: string,
  raw: unknown,
): Promise<ActResult> {
  if (!user) return { ok: false, status: 403, message: 'Log in om dit te doen.' }
  const parsed = parseInput(actionSchema, raw)
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message, errors: parsed.errors }
  const action = parsed.value

  const enrollment = isDocumentId(enrollmentId)
    ? await payload.findByID({
        collection: 'enrollments',
        id: enrollmentId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
    : null
  if (!enrollment) return { ok: false, status: 404, message: 'Deze inschrijving bestaat niet.' }

  let actor: Actor
  if (TRAINER_ACTIONS.has(action.action)) {
    if (hasRole(user, 'admin')) actor = { userId: String(user.id), role: 'staff' }
    else {
      const training = await payload.findByID({
        collection: 'trainings',
        id: String(enrollment.training),
        depth: 0,
        overrideAccess: true,
      })
      const trainers = (training.trainers ?? []).map((t) => String(typeof t === 'object' ? t.id : t))
      if (!hasRole(user, 'trainer') || !trainers.includes(String(user.id)))
        return { ok: false, status: 403, message: 'Alleen een trainer van deze opleiding kan dit doen.' }
      actor = { userId: String(user.id), role: 'trainer' }
    }
    if (action.action === 'recordAttendance') {
      const problem = await attendanceProblemOf(payload, enrollment, action.sessionDate)
      if (problem) return { ok: false, status: 409, message: problem }
    }
  } else {
    const memberId = await memberIdOf(payload, user.id)
    if (!memberId) return { ok: false, status: 403, message: 'Je hebt (nog) geen behandelaarsprofiel.' }
    // The workflow's validator refuses it too; the edge does so before a run is asked at all.
    if (idOf(enrollment.member) !== memberId) return { ok: false, status: 403, message: OTHER_THERAPIST }
    actor = { userId: String(user.id), role: 'therapist', memberId }
  }

  // Renewal counts what the ledger holds (approved credits of this cycle), never a typed number.
  if (action.action === 'submitRenewal') {
    const ledger = await ledgerOfEnrollment(payload, enrollmentId, enrollment.certificate)
    if (!ledger) return { ok: false, status: 409, message: 'Bij deze inschrijving hoort (nog) geen certificaat.' }
    action.credits = ledger.totals.approved
  }
  const result = await send(client, enrollmentId, action, actor)
  return result.ok ? { ok: true, progress: result.value } : result
}

async function ledgerOfEnrollment(payload: Payload, enrollmentId: string, certificate: unknown) {
  const certificateId =
    idOf(certificate) ??
    idOf(
      (
        await payload.find({
          collection: 'certificates',
          where: { enrollment: { equals: enrollmentId } },
          limit: 1,
          depth: 0,
          select: {},
          overrideAccess: true,
        })
      ).docs[0]?.id,
    )
  return certificateId ? renewalLedger(payload, certificateId) : null
}

/** Attendance only at one of the training's sessions, and not at one before the enrolment. */
async function attendanceProblemOf(
  payload: Payload,
  enrollment: { training: unknown; enrolledAt?: string | null },
  sessionDate: string,
) {
  const training = await payload.findByID({
    collection: 'trainings',
    id: requiredIdOf(enrollment.training, 'enrolment training'),
    depth: 0,
    select: { sessionDates: true },
    overrideAccess: true,
  })
  return attendanceDateProblem(training.sessionDates, enrollment.enrolledAt, sessionDate)
}

/** The workflow update each action is. */
function send(client: Client, enrollmentId: string, action: EnrollmentAction, actor: Actor) {
  const update = <Arg>(definition: UpdateDefinition<CertificationProgress, [Arg]>, arg: Arg) =>
    updateCertification(client, enrollmentId, definition, arg)
  switch (action.action) {
    case 'completeStep':
      return update(completeStepUpdate, { stepId: action.stepId, actor })
    case 'submitAssignment':
      return update(submitAssignmentUpdate, {
        stepId: action.stepId,
        text: action.text,
        fileUrl: action.fileUrl ?? null,
        actor,
      })
    case 'reportProgress':
      return update(reportProgressUpdate, { stepId: action.stepId, amount: action.amount, key: action.key, actor })
    case 'submitRenewal':
      return update(submitRenewalUpdate, { credits: action.credits ?? 0, note: action.note ?? null, actor })
    case 'recordAttendance':
      return update(recordAttendanceUpdate, {
        stepId: action.stepId,
        sessionDate: action.sessionDate,
        present: action.present,
        actor,
      })
    case 'reviewAssignment':
      return update(reviewAssignmentUpdate, {
        stepId: action.stepId,
        decision: action.decision,
        feedback: action.feedback ?? null,
        actor,
      })
    case 'recordAssessment':
      return update(recordAssessmentUpdate, {
        stepId: action.stepId,
        passed: action.passed,
        feedback: action.feedback ?? null,
        actor,
      })
    case 'grantExtension':
      return update(grantExtensionUpdate, {
        stepId: action.stepId,
        until: new Date(action.until).toISOString(),
        reason: action.reason,
        actor,
      })
    case 'confirmProgress':
      return update(confirmProgressUpdate, {
        stepId: action.stepId,
        key: action.key,
        decision: action.decision,
        note: action.note ?? null,
        actor,
      })
    case 'endEnrollment':
      return update(endEnrollmentUpdate, { reason: action.reason, actor })
  }
}
