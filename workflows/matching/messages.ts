import { defineQuery, defineUpdate } from '@temporalio/workflow'

/**
 * Messages of the matching workflow, defined once and shared by workflow, HTTP edge,
 * portal and tests. Validation functions are pure so the edge can answer early with
 * the same Dutch message the workflow's validator would give.
 */
export type MatchingInput = { requestId: string }
export type RegionPolicy = 'own' | 'neighbours' | 'remote'

export type MatchingSettings = {
  offerDeadlineHours: number
  parallelOffers: number
  regionPolicy: RegionPolicy
  confirmationDeadlineHours: number
  overallDeadlineHours: number
  followUpWeeks: number
  followUpAnswerWeeks: number
}

export type Candidate = { memberId: string; displayName: string; score: number; reasons: string }

export type OfferStatus =
  'open' | 'accepted' | 'countered' | 'declined' | 'expired' | 'withdrawn' | 'not-confirmed' | 'confirmed'

export type OfferState = {
  offerId: string
  memberId: string
  displayName: string
  score: number
  reasons: string
  status: OfferStatus
  deadline: string
  reminded: boolean
  confirmationDeadline?: string
  confirmationReminded?: boolean
  counter?: { start?: string; hours?: number }
  declineReason?: string
}

export type Phase =
  'starting' | 'negotiating' | 'escalated' | 'matched' | 'following-up' | 'done' | 'cancelled' | 'closed'
export type EscalationReason = 'exhausted' | 'deadline' | 'confirmation-timeout'

export type TimelineEntry = { at: string; kind: string; text: string }

export type MatchingState = {
  requestId: string
  phase: Phase
  regionPolicy: RegionPolicy
  offers: OfferState[]
  escalation?: { reason: EscalationReason; at: string }
  match?: { matchId: string; memberId: string; manual: boolean }
  followUpAnswered: boolean
  timeline: TimelineEntry[]
}

export type OfferAnswer = {
  offerId: string
  /** The therapist profile of the calling user, looked up at the HTTP edge. */
  memberId: string
  answer: 'accept' | 'decline' | 'counter'
  reason?: string
  counterStart?: string
  counterHours?: number
}

export type Confirmation = { offerId: string; decision: 'confirm' | 'reject'; reason?: string; by: string }

export type StaffAction =
  | { action: 'widen'; regionPolicy: 'neighbours' | 'remote'; by: string }
  | { action: 'assign'; memberId: string; by: string }
  | { action: 'close'; reason: string; by: string }

export type Cancellation = { by: string; reason?: string }
export type FollowUpAnswer = { started: boolean; outcome: string; by: string }

export type OfferAnswerResult = { offerId: string; status: OfferStatus }
export type ConfirmationResult = { offerId: string; status: OfferStatus; matchId?: string }

export const answerOfferUpdate = defineUpdate<OfferAnswerResult, [OfferAnswer]>('answerOffer')
export const confirmUpdate = defineUpdate<ConfirmationResult, [Confirmation]>('confirm')
export const staffActionUpdate = defineUpdate<MatchingState, [StaffAction]>('staffAction')
export const cancelUpdate = defineUpdate<MatchingState, [Cancellation]>('cancel')
export const followUpUpdate = defineUpdate<MatchingState, [FollowUpAnswer]>('followUp')
export const matchingStateQuery = defineQuery<MatchingState>('state')

export const matchingWorkflowId = (requestId: string) => `matching-${requestId}`

const OPEN_PHASES: Phase[] = ['starting', 'negotiating', 'escalated']
export const isOpenPhase = (phase: Phase) => OPEN_PHASES.includes(phase)
export const awaitsConfirmation = (offer: OfferState) => offer.status === 'accepted' || offer.status === 'countered'

/** The request document's status for a state of its run: the workflow writes it, the portal shows it live. */
export type RequestStatus = 'matching' | 'awaiting-confirmation' | 'escalated' | 'matched' | 'cancelled' | 'closed'
export function requestStatusOf(state: Pick<MatchingState, 'phase' | 'offers'>): RequestStatus {
  switch (state.phase) {
    case 'escalated':
    case 'cancelled':
    case 'closed':
      return state.phase
    case 'matched':
    case 'following-up':
    case 'done':
      return 'matched'
    default:
      return state.offers.some(awaitsConfirmation) ? 'awaiting-confirmation' : 'matching'
  }
}

const isDate = (value: string | undefined) => Boolean(value && !Number.isNaN(new Date(value).getTime()))

/** Shape problems of an answer, independent of the workflow's state. */
export function answerShapeProblem(answer: OfferAnswer): string | null {
  if (!['accept', 'decline', 'counter'].includes(answer.answer))
    return 'Kies accepteren, afwijzen of een tegenvoorstel.'
  if (!answer.memberId) return 'Alleen een behandelaar met een profiel kan op een aanbieding reageren.'
  if (answer.answer === 'decline' && (answer.reason ?? '').trim().length < 3)
    return 'Geef een korte reden waarom je deze aanvraag afwijst.'
  if (answer.answer === 'counter') {
    if (!answer.counterStart && answer.counterHours == null)
      return 'Stel een andere startdatum of een ander aantal uren per week voor.'
    if (answer.counterStart && !isDate(answer.counterStart)) return 'De voorgestelde startdatum is geen geldige datum.'
    if (answer.counterHours != null && !(answer.counterHours > 0 && answer.counterHours <= 40))
      return 'Het voorgestelde aantal uren per week moet tussen 0 en 40 liggen.'
  }
  return null
}

const STATUS_TEXT: Record<OfferStatus, string> = {
  open: 'open',
  accepted: 'al geaccepteerd',
  countered: 'al beantwoord met een tegenvoorstel',
  declined: 'al afgewezen',
  expired: 'verlopen',
  withdrawn: 'ingetrokken',
  'not-confirmed': 'niet bevestigd door de aanvrager',
  confirmed: 'al bevestigd',
}

export const NOT_YOUR_OFFER = 'Deze aanbieding is niet aan jou gedaan; je kunt er niet op reageren.'

/** Whether this answer fits the current state: stale, repeated or someone else's answers are refused. */
export function answerProblem(state: MatchingState, answer: OfferAnswer): string | null {
  const shape = answerShapeProblem(answer)
  if (shape) return shape
  const offer = state.offers.find((o) => o.offerId === answer.offerId)
  if (!offer) return 'Deze aanbieding bestaat niet (meer) bij deze aanvraag.'
  if (offer.memberId !== answer.memberId) return NOT_YOUR_OFFER
  if (offer.status !== 'open') return `Deze aanbieding is ${STATUS_TEXT[offer.status]}; je antwoord is niet verwerkt.`
  if (!isOpenPhase(state.phase)) return 'Deze aanvraag is afgerond; je antwoord is niet verwerkt.'
  return null
}

export function confirmationProblem(state: MatchingState, confirmation: Confirmation, busy: boolean): string | null {
  if (confirmation.decision !== 'confirm' && confirmation.decision !== 'reject')
    return 'Kies bevestigen of niet bevestigen.'
  if (!confirmation.by) return 'Onbekend wie bevestigt.'
  if (state.match || !isOpenPhase(state.phase)) return 'Deze aanvraag is al afgerond; er valt niets meer te bevestigen.'
  if (busy) return 'Er wordt al een keuze verwerkt; vernieuw de pagina.'
  const offer = state.offers.find((o) => o.offerId === confirmation.offerId)
  if (!offer) return 'Deze aanbieding hoort niet bij deze aanvraag.'
  if (!awaitsConfirmation(offer))
    return `Deze aanbieding wacht niet op bevestiging (ze is ${STATUS_TEXT[offer.status]}).`
  if (confirmation.decision === 'reject' && (confirmation.reason ?? '').trim().length < 3)
    return 'Geef een korte reden; de behandelaar krijgt die te lezen.'
  return null
}

export function staffActionProblem(state: MatchingState, action: StaffAction, busy: boolean): string | null {
  if (!action.by) return 'Onbekend wie deze actie uitvoert.'
  if (state.match || !isOpenPhase(state.phase)) return 'Deze aanvraag is al afgerond.'
  if (busy) return 'Er wordt al een actie verwerkt; vernieuw de pagina.'
  if (action.action === 'widen') {
    const order: RegionPolicy[] = ['own', 'neighbours', 'remote']
    if (!['neighbours', 'remote'].includes(action.regionPolicy)) return 'Kies buurregio’s of op afstand.'
    if (order.indexOf(action.regionPolicy) <= order.indexOf(state.regionPolicy))
      return 'Er wordt al zo breed gezocht; kies een bredere zoekkring.'
    return null
  }
  if (action.action === 'assign') return action.memberId ? null : 'Kies een behandelaar.'
  if (action.action === 'close')
    return (action.reason ?? '').trim().length >= 3 ? null : 'Geef een reden; de aanvrager krijgt die te lezen.'
  return 'Onbekende actie.'
}

export function cancelProblem(state: MatchingState, cancellation: Cancellation): string | null {
  if (!cancellation.by) return 'Onbekend wie annuleert.'
  if (state.match) return 'Deze aanvraag is al gematcht en kan niet meer worden geannuleerd.'
  if (!isOpenPhase(state.phase)) return 'Deze aanvraag is al afgerond.'
  return null
}

export function followUpProblem(state: MatchingState, answer: FollowUpAnswer): string | null {
  if (!state.match) return 'Er is nog geen match om op terug te kijken.'
  if (state.followUpAnswered) return 'De nazorgvraag is al beantwoord.'
  if (typeof answer.started !== 'boolean') return 'Geef aan of de behandeling is gestart.'
  if ((answer.outcome ?? '').trim().length < 3) return 'Beschrijf kort hoe het ging.'
  return null
}
