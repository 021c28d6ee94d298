import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client'
import type { Payload } from 'payload'
import { hasRole } from '../../cms/access/roles'
import { OTHER_THERAPIST } from '../domain/certificationRules'
import {
  type Actor,
  type CertificationProgress,
  certificationWorkflowId,
  completeStepUpdate,
  endEnrollmentUpdate,
  grantExtensionUpdate,
  recordAssessmentUpdate,
  recordAttendanceUpdate,
  reportProgressUpdate,
  reviewAssignmentUpdate,
  submitAssignmentUpdate,
  submitRenewalUpdate,
} from '../../workflows/certification/messages'
import { isDocumentId, parseInput } from '../domain/parseInput'
import { type EnrollmentAction, TRAINER_ACTIONS, actionSchema } from './actionSchema'
import { memberIdOf } from './memberIdOf'

export type ActResult = { ok: true; progress: CertificationProgress } | { ok: false; status: 400 | 403 | 404 | 409; message: string; errors?: Record<string, string> }

type UserLike = { id: string | number; roles?: readonly string[] | null }

/**
 * One portal action on an enrolment. The edge decides WHO acts (user → member,
 * trainer of this training); the workflow's update validators decide whether the
 * action fits the path (right step, your own, not done yet).
 */
export async function actOnEnrollment(payload: Payload, client: Client, user: UserLike | null, enrollmentId: string, raw: unknown): Promise<ActResult> {
  if (!user) return { ok: false, status: 403, message: 'Log in om dit te doen.' }
  const parsed = parseInput(actionSchema, raw)
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message, errors: parsed.errors }
  const action = parsed.value

  const enrollment = isDocumentId(enrollmentId) ? await payload.findByID({ collection: 'enrollments', id: enrollmentId, depth: 0, overrideAccess: true, disableErrors: true }) : null
  if (!enrollment) return { ok: false, status: 404, message: 'Deze inschrijving bestaat niet.' }

  let actor: Actor
  if (TRAINER_ACTIONS.has(action.action)) {
    if (hasRole(user, 'admin')) actor = { userId: String(user.id), role: 'staff' }
    else {
      const training = await payload.findByID({ collection: 'trainings', id: String(enrollment.training), depth: 0, overrideAccess: true })
      const trainers = (training.trainers ?? []).map((t) => String(typeof t === 'object' ? t.id : t))
      if (!hasRole(user, 'trainer') || !trainers.includes(String(user.id))) return { ok: false, status: 403, message: 'Alleen een trainer van deze opleiding kan dit doen.' }
      actor = { userId: String(user.id), role: 'trainer' }
    }
  } else {
    const memberId = await memberIdOf(payload, user.id)
    if (!memberId) return { ok: false, status: 403, message: 'Je hebt (nog) geen behandelaarsprofiel.' }
    actor = { userId: String(user.id), role: 'therapist', memberId }
  }

  try {
    const progress = await send(client.workflow.getHandle(certificationWorkflowId(enrollmentId)), action, actor)
    return { ok: true, progress }
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return { ok: false, status: 404, message: 'Deze inschrijving loopt niet (meer).' }
    if (error instanceof WorkflowUpdateFailedError) {
      const message = error.cause?.message ?? 'Dit kon niet worden verwerkt.'
      return { ok: false, status: message === OTHER_THERAPIST ? 403 : 409, message }
    }
    throw error
  }
}

type Handle = ReturnType<Client['workflow']['getHandle']>

function send(handle: Handle, action: EnrollmentAction, actor: Actor): Promise<CertificationProgress> {
  switch (action.action) {
    case 'completeStep':
      return handle.executeUpdate(completeStepUpdate, { args: [{ stepId: action.stepId, actor }] })
    case 'submitAssignment':
      return handle.executeUpdate(submitAssignmentUpdate, { args: [{ stepId: action.stepId, text: action.text, fileUrl: action.fileUrl ?? null, actor }] })
    case 'reportProgress':
      return handle.executeUpdate(reportProgressUpdate, { args: [{ stepId: action.stepId, amount: action.amount, key: action.key, actor }] })
    case 'submitRenewal':
      return handle.executeUpdate(submitRenewalUpdate, { args: [{ credits: action.credits, note: action.note ?? null, actor }] })
    case 'recordAttendance':
      return handle.executeUpdate(recordAttendanceUpdate, { args: [{ stepId: action.stepId, sessionDate: action.sessionDate, present: action.present, actor }] })
    case 'reviewAssignment':
      return handle.executeUpdate(reviewAssignmentUpdate, { args: [{ stepId: action.stepId, decision: action.decision, feedback: action.feedback ?? null, actor }] })
    case 'recordAssessment':
      return handle.executeUpdate(recordAssessmentUpdate, { args: [{ stepId: action.stepId, passed: action.passed, feedback: action.feedback ?? null, actor }] })
    case 'grantExtension':
      return handle.executeUpdate(grantExtensionUpdate, { args: [{ stepId: action.stepId, until: new Date(action.until).toISOString(), reason: action.reason, actor }] })
    case 'endEnrollment':
      return handle.executeUpdate(endEnrollmentUpdate, { args: [{ reason: action.reason, actor }] })
  }
}
