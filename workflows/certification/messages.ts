import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow'
import type { StepState } from '../../src/domain/certification'

/**
 * Messages of the certification workflow `certification-<enrollmentId>`, shared by
 * workflow, HTTP edge, portal, other workflows and tests.
 */
export const certificationWorkflowId = (enrollmentId: string) => `certification-${enrollmentId}`

export type CertificateRef = { id: string; number: string; issuedAt: string; validUntil: string }

/** What the workflow needs to know about its enrolment; carried across continue-as-new. */
export type CertificationContext = {
  enrollmentId: string
  trainingId: string
  trainingTitle: string
  memberId: string
  validityYears: number
  renewalCredits: number
}

export type CertificationInput =
  | { enrollmentId: string; phase?: 'training' }
  | {
      enrollmentId: string
      phase: 'certified'
      context: CertificationContext
      certificate: CertificateRef & { renewalOpensAt: string }
      cycle: number
      steps: StepState[]
    }

export type CertificationStatus = 'waiting' | 'active' | 'ended' | 'certified' | 'renewal-due' | 'expired'

export type CertificationProgress = {
  enrollmentId: string
  trainingId: string
  trainingTitle: string
  memberId: string
  status: CertificationStatus
  percent: number
  steps: (StepState & { nextAction: string | null })[]
  waitingSince?: string
  activatedAt?: string
  ended?: { reason: string; by: string; at: string }
  certificate?: CertificateRef & { renewalOpensAt: string }
  renewal?: { creditsRequired: number; creditsSubmitted?: number }
  /** Renewals so far; each renewal starts a new run (continue-as-new). */
  cycle: number
  /** Raised on every change; the enrolment document stores the last saved one. */
  version: number
  /** Workflow time of this state (what "overdue" is measured against). */
  asOf: string
}

/** Who acts: checked at the HTTP edge (session → user → member), passed in, checked again here. */
export type Actor = { userId: string; role: 'therapist' | 'trainer' | 'staff'; memberId?: string | null }

// Therapist actions
export type CompleteStep = { stepId: string; actor: Actor }
export type SubmitAssignment = { stepId: string; text: string; fileUrl?: string | null; actor: Actor }
/** Cases treated or supervision hours, reported by the therapist; `key` makes a double submit harmless. */
export type ReportProgress = { stepId: string; amount: number; key: string; actor: Actor }
export type SubmitRenewal = { credits: number; note?: string | null; actor: Actor }

// Trainer actions
export type RecordAttendance = { stepId: string; sessionDate: string; present: boolean; actor: Actor }
export type ReviewAssignment = {
  stepId: string
  decision: 'approve' | 'return'
  feedback?: string | null
  actor: Actor
}
export type RecordAssessment = { stepId: string; passed: boolean; feedback?: string | null; actor: Actor }
export type GrantExtension = { stepId: string; until: string; reason: string; actor: Actor }
export type EndEnrollment = { reason: string; actor: Actor }
/** The trainer's word on reported cases or hours (by the report's key); a refusal needs a reason. */
export type ConfirmProgress = {
  stepId: string
  key: string
  decision: 'confirm' | 'reject'
  note?: string | null
  actor: Actor
}

export const completeStepUpdate = defineUpdate<CertificationProgress, [CompleteStep]>('completeStep')
export const submitAssignmentUpdate = defineUpdate<CertificationProgress, [SubmitAssignment]>('submitAssignment')
export const reportProgressUpdate = defineUpdate<CertificationProgress, [ReportProgress]>('reportProgress')
export const submitRenewalUpdate = defineUpdate<CertificationProgress, [SubmitRenewal]>('submitRenewal')
export const recordAttendanceUpdate = defineUpdate<CertificationProgress, [RecordAttendance]>('recordAttendance')
export const reviewAssignmentUpdate = defineUpdate<CertificationProgress, [ReviewAssignment]>('reviewAssignment')
export const recordAssessmentUpdate = defineUpdate<CertificationProgress, [RecordAssessment]>('recordAssessment')
export const grantExtensionUpdate = defineUpdate<CertificationProgress, [GrantExtension]>('grantExtension')
export const endEnrollmentUpdate = defineUpdate<CertificationProgress, [EndEnrollment]>('endEnrollment')
export const confirmProgressUpdate = defineUpdate<CertificationProgress, [ConfirmProgress]>('confirmProgress')

export const progressQuery = defineQuery<CertificationProgress>('progress')

/**
 * SUPERVISION HOURS FROM SUPERVISION GROUPS (for the group-formation / supervision workflow).
 *
 * Signal `addSupervisionHours` to `certification-<enrollmentId>` with:
 *   { key: string, hours: number, memberId: string, groupId?: string, sessionDate?: string }
 * - `key` is the idempotency key of ONE attended session for ONE member, e.g.
 *   `supervision:<groupId>:<sessionNumber>:<memberId>`; a key seen before is ignored,
 *   so re-sending after a retry never counts twice.
 * - `hours` 0 < hours ≤ 8 (LVSC session length per supervisee count: 1 / 1.5 / 2 / 2.5 h).
 * - `memberId` must be the enrolment's therapist; other signals are ignored.
 * - The hours go to the first unfinished supervision-hours step; a signal to a run that
 *   is waiting, ended or certified is ignored (it is a signal: it cannot be refused).
 * From a workflow use `creditSupervisionHours()` in ./supervisionCredit.ts: it finds
 * the member's running certifications (activity) and signals each of them.
 */
export type SupervisionHours = { key: string; hours: number; memberId: string; groupId?: string; sessionDate?: string }
export const addSupervisionHoursSignal = defineSignal<[SupervisionHours]>('addSupervisionHours')

/** Something a handler decided that the main loop must tell people (the mail runs as an activity). */
export type Notice =
  | { kind: 'assignment-submitted'; stepId: string }
  | { kind: 'assignment-reviewed'; stepId: string; decision: 'approve' | 'return'; round: number }
  | { kind: 'assessment-recorded'; stepId: string; passed: boolean; attempt: number }
  | { kind: 'extension-granted'; stepId: string; round: number }
  | { kind: 'progress-reported'; stepId: string; key: string }
  | { kind: 'progress-decided'; stepId: string; key: string }

/** A place on the training came free: a waiting run tries to claim it. */
export const placeFreedSignal = defineSignal<[]>('placeFreed')
