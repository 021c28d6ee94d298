import { minusMonths } from './certification'

/**
 * How long a request's details are kept (domain.md: least data, as long as needed). A request
 * whose matching is over (matched, cancelled, closed) for longer than the retention period is
 * anonymised: its free text and the copies of it go, what the research figures count stays
 * (region, kind, target group, expertise, urgency, dates, offers and their answers, the match
 * and whether treatment started).
 */
export const RETENTION_STATUSES = ['matched', 'cancelled', 'closed'] as const

export const ANONYMISED_TITLE = 'Geanonimiseerde aanvraag'

export type RetentionCandidate = {
  id: string
  status: string
  closedAt?: string | null
  updatedAt: string
  anonymisedAt?: string | null
}

/** Requests closed before this moment are due. */
export const retentionCutoff = (now: Date, months: number) => minusMonths(now.toISOString(), months)

/** When the request's matching ended: `closedAt`, or for requests from before that field its last change. */
export const closedSince = (request: RetentionCandidate) => request.closedAt ?? request.updatedAt

export function isDueForAnonymising(request: RetentionCandidate, cutoff: string): boolean {
  if (request.anonymisedAt) return false
  if (!(RETENTION_STATUSES as readonly string[]).includes(request.status)) return false
  return Date.parse(closedSince(request)) < Date.parse(cutoff)
}

/** What goes: set to null on the request, its offers and its matches (field paths as stored). */
export const ERASED = {
  requests: ['context', 'closedReason', 'createdBy', 'organisation', 'escalation.temporalLink'],
  offers: ['summary', 'reasons', 'declineReason'],
  matches: ['followUp.outcome', 'organisation', 'confirmedBy'],
} as const
