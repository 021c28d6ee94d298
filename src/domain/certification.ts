/**
 * Pure rules of a therapist's path through a training, shared by the workflow
 * (deterministic: no Node built-ins, no I/O), the HTTP edge and the portal.
 */

export const STEP_KINDS = [
  'sessions',
  'elearning',
  'assignment',
  'supervised-cases',
  'supervision-hours',
  'assessment',
] as const
export type StepKind = (typeof STEP_KINDS)[number]

/** One step of the training as it was when the therapist got a place (a snapshot). */
export type PlanStep = {
  stepId: string
  kind: StepKind
  title: string
  /** Sessions to attend, cases or hours to reach; 1 for yes/no steps. */
  target: number
  deadlineDays: number | null
  link?: string | null
  instructions?: string | null
}

export type StepStatus = 'open' | 'submitted' | 'returned' | 'done'

export type StepState = PlanStep & {
  status: StepStatus
  /** Attended sessions, treated cases, hours of supervision (numeric steps). */
  count: number
  /** ISO date; null when the step has no deadline. */
  deadline: string | null
  remindersSent: number[]
  overdueNotified: boolean
  extensions: number
  submission?: { text: string; fileUrl?: string | null; submittedAt: string } | null
  feedback?: string | null
  attempts: number
  doneAt?: string | null
  /** Session days (YYYY-MM-DD) the trainer recorded as attended; sessions steps only. */
  attended?: string[]
  /** Cases or hours the therapist reported, counted only once the trainer confirms them. */
  claims?: ProgressClaim[]
}

/** One report of treated cases or supervision hours, waiting for (or given) the trainer's word. */
export type ProgressClaim = {
  key: string
  amount: number
  reportedAt: string
  status: 'pending' | 'confirmed' | 'rejected'
  decidedAt?: string
  note?: string | null
}

export const pendingClaims = (step: Pick<StepState, 'claims'>) =>
  (step.claims ?? []).filter((claim) => claim.status === 'pending')

const DAY = 24 * 60 * 60 * 1000

/** Numeric steps are done when the count reaches the target; the others by an action. */
export const isNumericKind = (kind: StepKind) =>
  kind === 'sessions' || kind === 'supervised-cases' || kind === 'supervision-hours'

export function initialStepStates(plan: PlanStep[], activatedAt: Date): StepState[] {
  return plan.map((step) => ({
    ...step,
    target: Math.max(1, step.target || 1),
    status: 'open',
    count: 0,
    deadline: step.deadlineDays ? new Date(activatedAt.getTime() + step.deadlineDays * DAY).toISOString() : null,
    remindersSent: [],
    overdueNotified: false,
    extensions: 0,
    attempts: 0,
  }))
}

/** Share of the work done, 0–100: numeric steps count partially. */
export function percentDone(steps: StepState[]): number {
  if (steps.length === 0) return 100
  const sum = steps.reduce(
    (total, step) =>
      total + (step.status === 'done' ? 1 : isNumericKind(step.kind) ? Math.min(1, step.count / step.target) : 0),
    0,
  )
  return Math.floor((sum / steps.length) * 100)
}

export type TimerEvent =
  | { at: number; stepId: string; kind: 'reminder'; daysBefore: number }
  | { at: number; stepId: string; kind: 'overdue' }
  | { at: number; stepId: string; kind: 'auto-end' }

/**
 * The next moment something must happen by itself: a reminder before a deadline,
 * telling the trainer a step is overdue, or ending an enrolment left overdue too long.
 */
export function nextTimerEvent(
  steps: StepState[],
  reminderDaysBefore: number[],
  endAfterOverdueDays: number,
): TimerEvent | null {
  const events: TimerEvent[] = []
  for (const step of steps) {
    if (step.status === 'done' || !step.deadline) continue
    const deadline = Date.parse(step.deadline)
    for (const days of reminderDaysBefore) {
      if (!step.remindersSent.includes(days))
        events.push({ at: deadline - days * DAY, stepId: step.stepId, kind: 'reminder', daysBefore: days })
    }
    if (!step.overdueNotified) events.push({ at: deadline, stepId: step.stepId, kind: 'overdue' })
    else if (endAfterOverdueDays > 0)
      events.push({ at: deadline + endAfterOverdueDays * DAY, stepId: step.stepId, kind: 'auto-end' })
  }
  events.sort((a, b) => a.at - b.at)
  return events[0] ?? null
}

/** What the therapist should do next for a step, in Dutch (null when nothing). */
export function nextActionFor(step: StepState): string | null {
  if (step.status === 'done') return null
  switch (step.kind) {
    case 'sessions':
      return `Woon de bijeenkomsten bij (${step.count} van ${step.target}); de trainer registreert je aanwezigheid.`
    case 'elearning':
      return 'Maak de e-learning en markeer hem als afgerond.'
    case 'assignment':
      if (step.status === 'submitted') return 'Je opdracht ligt bij de trainer ter beoordeling.'
      if (step.status === 'returned') return 'Verwerk de feedback van de trainer en lever de opdracht opnieuw in.'
      return 'Lever de opdracht in.'
    case 'supervised-cases':
      return `Houd je behandelingen onder supervisie bij (${step.count} van ${step.target}); je trainer bevestigt wat je opgeeft.`
    case 'supervision-hours':
      return `Volg supervisie (${step.count} van ${step.target} uur); uren uit je supervisiegroep tellen vanzelf mee, andere uren bevestigt je trainer.`
    case 'assessment':
      return step.attempts > 0
        ? 'Je toetsing is nog niet gehaald; spreek met de trainer een nieuwe toetsing af.'
        : 'Plan je toetsing met de trainer.'
  }
}

/** Adds whole years to an ISO date (29 February falls back to 28 February). */
export function plusYears(iso: string, years: number): string {
  const date = new Date(iso)
  const target = new Date(
    Date.UTC(
      date.getUTCFullYear() + years,
      date.getUTCMonth(),
      date.getUTCDate(),
      date.getUTCHours(),
      date.getUTCMinutes(),
    ),
  )
  if (target.getUTCMonth() !== date.getUTCMonth()) target.setUTCDate(0)
  return target.toISOString()
}

export function minusMonths(iso: string, months: number): string {
  const date = new Date(iso)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString()
}

const NUMBER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/**
 * A certificate number people can read aloud: DT-EMDR-2026-7K3QX9. The random part
 * comes from the caller (a retry after a unique-index clash draws a new one).
 */
export function certificateNumber(prefix: string, code: string, year: number, random: () => number): string {
  let tail = ''
  for (let i = 0; i < 6; i++) tail += NUMBER_ALPHABET[Math.floor(random() * NUMBER_ALPHABET.length)]
  const clean = (value: string) =>
    value
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 8) || 'OPL'
  return `${clean(prefix)}-${clean(code)}-${year}-${tail}`
}

/** Normalises what a visitor types into the verification form. */
export const normaliseCertificateNumber = (value: string) => value.trim().toUpperCase().replace(/\s+/g, '')

export type VerificationStatus = 'valid' | 'expired' | 'revoked' | 'superseded' | 'unknown'

type CertificateRounds = {
  status: string
  issuedAt: string
  validUntil: string
  renewals?: { renewedAt: string; previousValidUntil?: string | null }[] | null
}

/** The renewal round a certificate is in now: 0 until its first renewal. */
export const currentRound = (certificate: CertificateRounds) => certificate.renewals?.length ?? 0

/**
 * The dates of one round: round 0 is the first issue, round n the n-th renewal (each a new
 * credential and PDF, whose QR code names its round); null for a round that does not exist.
 */
export function roundDates(
  certificate: CertificateRounds,
  round: number,
): { issuedAt: string; validUntil: string } | null {
  const renewals = certificate.renewals ?? []
  if (!Number.isInteger(round) || round < 0 || round > renewals.length) return null
  return {
    issuedAt: round === 0 ? certificate.issuedAt : renewals[round - 1]!.renewedAt,
    validUntil: renewals[round]?.previousValidUntil ?? certificate.validUntil,
  }
}

/**
 * What a check of one round says. Revoked wins (the certificate as a whole is withdrawn); an
 * earlier round than the current one is superseded (the newer one says how long it holds); a
 * certificate past its end date is expired even before the workflow marks it.
 */
export function verificationStatus(
  certificate: CertificateRounds | null,
  now: Date,
  round = certificate ? currentRound(certificate) : 0,
): VerificationStatus {
  if (!certificate || !roundDates(certificate, round)) return 'unknown'
  if (certificate.status === 'revoked') return 'revoked'
  if (round < currentRound(certificate)) return 'superseded'
  if (certificate.status === 'expired' || Date.parse(certificate.validUntil) < now.getTime()) return 'expired'
  return 'valid'
}
