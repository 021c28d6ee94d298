/**
 * The renewal credits ledger of one certificate and cycle (pure: shared by the store, the
 * portal and the workflow's reminder mails). One hour of training or supervision is one
 * credit (EMDR Europe, shared/domain.md). Only approved entries count towards renewal;
 * pending ones are shown apart, rejected ones not at all.
 */
import { coveragePercent } from './regionCoverage'
import { amsterdamToUtc, localParts, sessionHours } from './schedule'

export const CREDIT_KINDS = ['training', 'supervision', 'intervision', 'activity'] as const
export type CreditKind = (typeof CREDIT_KINDS)[number]

export type CreditStatus = 'approved' | 'pending' | 'rejected'

export type LedgerEntry = {
  /** Stable per source (`activity:<id>`, `group:<id>:<session>`, `training:<certificate id>`). */
  key: string
  kind: CreditKind
  /** ISO moment the credits were earned. */
  date: string
  description: string
  credits: number
  status: CreditStatus
  /** Why a trainer or staff refused an activity. */
  reason?: string | null
}

/** The cycle: from the issue (or the last renewal) up to and including validUntil. */
export type CycleWindow = { from: string; until: string }

/**
 * The window of a certificate's current cycle, in Dutch days as the page shows them: from the
 * start of the day of issue (or the moment of the last renewal) to the end of the day it is valid until.
 */
export function cycleWindow(certificate: {
  issuedAt: string
  validUntil: string
  renewals?: { cycle: number; renewedAt: string }[] | null
}): CycleWindow {
  const last = [...(certificate.renewals ?? [])].sort((a, b) => b.cycle - a.cycle)[0]
  const day = (iso: string, plusDays: number) => {
    const { year, month, day } = localParts(new Date(iso))
    return amsterdamToUtc(year, month, day + plusDays, 0, 0).getTime()
  }
  return {
    // After a renewal from its very moment: what counted towards it (that morning) never counts twice.
    from: last ? new Date(last.renewedAt).toISOString() : new Date(day(certificate.issuedAt, 0)).toISOString(),
    until: new Date(day(certificate.validUntil, 1) - 1).toISOString(),
  }
}

export type LedgerTotals = {
  approved: number
  pending: number
  byKind: Record<CreditKind, number>
}

export const CREDIT_KIND_LABELS: Record<CreditKind, { nl: string; en: string }> = {
  training: { nl: 'Opleiding op het platform', en: 'Training on the platform' },
  supervision: { nl: 'Supervisie', en: 'Supervision' },
  intervision: { nl: 'Intervisie', en: 'Intervision' },
  activity: { nl: 'Eigen activiteit', en: 'Own activity' },
}

export const CREDIT_STATUS_LABELS: Record<CreditStatus, { nl: string; en: string }> = {
  approved: { nl: 'Goedgekeurd', en: 'Approved' },
  pending: { nl: 'Wacht op beoordeling', en: 'Awaiting review' },
  rejected: { nl: 'Afgewezen', en: 'Rejected' },
}

/** Credits are kept to two decimals (a 90-minute session is 1.5). */
const round = (n: number) => Math.round(n * 100) / 100

export const inWindow = (date: string, window: CycleWindow) => {
  const at = Date.parse(date)
  return Number.isFinite(at) && at >= Date.parse(window.from) && at <= Date.parse(window.until)
}

/** The entries of this cycle, each key once (the first wins), newest first. */
export function entriesInWindow(entries: readonly LedgerEntry[], window: CycleWindow): LedgerEntry[] {
  const seen = new Set<string>()
  return entries
    .filter((entry) => inWindow(entry.date, window) && entry.credits > 0)
    .filter((entry) => (seen.has(entry.key) ? false : (seen.add(entry.key), true)))
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
}

export function sumLedger(entries: readonly LedgerEntry[], window: CycleWindow): LedgerTotals {
  const byKind = Object.fromEntries(CREDIT_KINDS.map((kind) => [kind, 0])) as Record<CreditKind, number>
  let approved = 0
  let pending = 0
  for (const entry of entriesInWindow(entries, window)) {
    if (entry.status === 'approved') {
      approved += entry.credits
      byKind[entry.kind] = round(byKind[entry.kind] + entry.credits)
    } else if (entry.status === 'pending') pending += entry.credits
  }
  return { approved: round(approved), pending: round(pending), byKind }
}

/** Percent of the requirement reached by approved credits (0–100; 100 when nothing is required). */
export const percentOfRequirement = (approved: number, required: number) => coveragePercent(approved, required)

/** A group session's credits: the hours it counts for towards certification (90 minutes → 1.5). */
export const sessionCredits = (durationMinutes: number | null | undefined) =>
  durationMinutes && durationMinutes > 0 ? sessionHours(durationMinutes) : 0

/** The line a reminder mail and the page show: "Je hebt 32 van 50 punten." */
export const progressSentence = (approved: number, required: number) =>
  `Je hebt ${formatCredits(approved)} van ${formatCredits(required)} punten.`

export const formatCredits = (n: number) => String(round(n)).replace('.', ',')

/** Therapist's own activity: what a decision needs. */
export const DECISION_REASON_MIN = 10

export function decisionProblem(decision: 'approve' | 'reject', reason: string | null | undefined): string | null {
  if (decision === 'reject' && (reason ?? '').trim().length < DECISION_REASON_MIN)
    return `Geef bij afwijzen een reden van minstens ${DECISION_REASON_MIN} tekens; de behandelaar krijgt die te zien.`
  return null
}
