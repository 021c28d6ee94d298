import type { StepKind, StepState } from './certification'

/**
 * Which actions a certification accepts, shared by the workflow's update validators
 * and the HTTP edge. Answers are Dutch: the therapist or trainer reads them.
 */
/** Also mapped to 403 at the HTTP edge. */
export const OTHER_THERAPIST = 'Deze stap hoort bij de opleiding van een andere behandelaar.'

export type RuleState = { status: string; memberId: string; steps: StepState[] }
export type RuleActor = { role: 'therapist' | 'trainer' | 'staff'; memberId?: string | null }

const KIND_NAMES: Record<StepKind, string> = {
  sessions: 'bijeenkomsten',
  elearning: 'e-learning',
  assignment: 'opdracht',
  'supervised-cases': 'casussen onder supervisie',
  'supervision-hours': 'supervisie-uren',
  assessment: 'toetsing',
}

function notActive(status: string): string | null {
  if (status === 'active') return null
  if (status === 'waiting') return 'Je staat nog op de wachtlijst; stappen tellen pas zodra je een plaats hebt.'
  if (status === 'ended') return 'Deze inschrijving is beëindigd.'
  return 'Deze opleiding is al afgerond.'
}

/**
 * The common checks in the order people understand them: is the enrolment running,
 * is it yours, does the step exist, is it the right kind, is it still open.
 */
export function stepProblem(
  state: RuleState,
  actor: RuleActor,
  stepId: string,
  kinds: StepKind[],
  allowDone = false,
): string | null {
  if (actor.role === 'therapist' && actor.memberId !== state.memberId) return OTHER_THERAPIST
  const inactive = notActive(state.status)
  if (inactive) return inactive
  const step = state.steps.find((s) => s.stepId === stepId)
  if (!step) return 'Deze stap bestaat niet in deze opleiding.'
  if (!kinds.includes(step.kind))
    return `"${step.title}" is een stap van het soort ${KIND_NAMES[step.kind]}; die kun je zo niet afronden.`
  if (step.status === 'done' && !allowDone) return `"${step.title}" is al afgerond.`
  return null
}

export function trainerOnly(actor: RuleActor): string | null {
  return actor.role === 'trainer' || actor.role === 'staff'
    ? null
    : 'Alleen een trainer van deze opleiding kan dit doen.'
}

export function therapistOnly(actor: RuleActor): string | null {
  return actor.role === 'therapist' ? null : 'Alleen de behandelaar zelf kan dit doen.'
}

export function feedbackProblem(decision: 'approve' | 'return', feedback: string | null | undefined): string | null {
  if (decision === 'return' && (feedback ?? '').trim().length < 10)
    return 'Geef feedback (minstens 10 tekens) als je de opdracht teruggeeft.'
  return null
}

export function assessmentFeedbackProblem(passed: boolean, feedback: string | null | undefined): string | null {
  if (!passed && (feedback ?? '').trim().length < 10)
    return 'Geef feedback (minstens 10 tekens) als de toetsing niet is gehaald: wat moet er nog beter?'
  return null
}

/** A trainer decides once on a report that is still waiting; refusing one says why. */
export function claimProblem(
  step: StepState | undefined,
  key: string,
  decision: 'confirm' | 'reject',
  note: string | null | undefined,
): string | null {
  const claim = step?.claims?.find((c) => c.key === key)
  if (!claim) return 'Deze melding bestaat niet (meer) bij deze stap.'
  if (claim.status !== 'pending')
    return claim.status === 'confirmed' ? 'Deze melding is al bevestigd.' : 'Deze melding is al afgewezen.'
  if (decision === 'reject' && (note ?? '').trim().length < 10)
    return 'Geef een toelichting (minstens 10 tekens) als je een melding afwijst.'
  return null
}

export function extensionProblem(step: StepState | undefined, until: string, now: number): string | null {
  const at = Date.parse(until)
  if (Number.isNaN(at)) return 'Kies een geldige nieuwe deadline.'
  if (at <= now) return 'De nieuwe deadline moet in de toekomst liggen.'
  if (step?.deadline && at <= Date.parse(step.deadline)) return 'De nieuwe deadline moet later zijn dan de huidige.'
  return null
}

/**
 * Taking attendance back reopens a done sessions step. Once every step is done the workflow is
 * issuing the certificate (the enrolment is still "active" until it has), so from then on an
 * attendance can no longer be taken back.
 */
export function attendanceProblem(state: RuleState, stepId: string, present: boolean): string | null {
  if (present || state.status !== 'active' || !state.steps.every((s) => s.status === 'done')) return null
  const step = state.steps.find((s) => s.stepId === stepId)
  return `Alle stappen zijn afgerond en het certificaat wordt uitgegeven; de aanwezigheid bij "${step?.title ?? stepId}" kan niet meer worden teruggedraaid.`
}
