import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow'
import { durable, handleFailure, isMemberGone, permanentType } from '../failures/steps'
import type { createMatchingActivities } from './activities'
import {
  type Candidate,
  type Cancellation,
  type Confirmation,
  type ConfirmationResult,
  type EscalationReason,
  type FollowUpAnswer,
  type MatchingInput,
  type MatchingSettings,
  type MatchingState,
  type OfferAnswer,
  type OfferAnswerResult,
  type Phase,
  type StaffAction,
  answerOfferUpdate,
  answerProblem,
  awaitsConfirmation,
  cancelProblem,
  cancelUpdate,
  confirmUpdate,
  confirmationProblem,
  followUpProblem,
  followUpUpdate,
  isOpenPhase,
  matchingStateQuery,
  requestStatusOf,
  staffActionProblem,
  staffActionUpdate,
} from './messages'

type MatchingActivities = ReturnType<typeof createMatchingActivities>

// People wait on these steps (the portal shows the outcome): bounded at 30 minutes, then staff are told.
const steps = proxyActivities<MatchingActivities>({
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '30 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
})

// Ranking reads the whole candidate set; on a busy database that may take a while.
const rankingSteps = proxyActivities<MatchingActivities>({
  startToCloseTimeout: '5 minutes',
  scheduleToCloseTimeout: '1 hour',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute' },
})

/**
 * Patch: an offer answer is handed to the main loop like a confirmation, so the loop is the one
 * writer of offer documents and a confirmation sent while the answer is being written runs after it.
 * Runs recorded before it wrote the answer from the update handler.
 */
export const ONE_OFFER_WRITER = 'offer-answers-through-main-loop'

const HOUR = 60 * 60 * 1000
const WEEK = 7 * 24 * HOUR
const RANK_BATCH = 20

/** Work the human updates hand to the main loop; the update returns once it is done. */
type Job =
  | { kind: 'answer'; input: OfferAnswer; result?: OfferAnswerResult; error?: string }
  | { kind: 'confirm'; input: Confirmation; result?: ConfirmationResult; error?: string }
  | { kind: 'staff'; input: StaffAction; result?: MatchingState; error?: string }
  | { kind: 'cancel'; input: Cancellation; result?: MatchingState; error?: string }

/**
 * Matching negotiation for one request (`matching-<requestId>`): ranks candidates,
 * offers the request to the best one(s), handles answers, expiry, confirmation,
 * escalation, cancel and the follow-up question. The main loop is the only writer
 * of documents; updates validate, hand their work to it and wait for the outcome.
 */
export async function matching({ requestId }: MatchingInput): Promise<MatchingState> {
  const state: MatchingState = {
    requestId,
    phase: 'starting',
    regionPolicy: 'own',
    offers: [],
    followUpAnswered: false,
    timeline: [],
  }
  const jobs: Job[] = []
  let busy = false
  let wake = false
  let settings: MatchingSettings | undefined
  let candidates: Candidate[] = []
  let rankedAll = false
  let overallDeadline = 0
  let followUp: FollowUpAnswer | undefined
  let statusWritten = ''

  const note = (kind: string, text: string) => state.timeline.push({ at: new Date().toISOString(), kind, text })
  const waiting = { transientPause: '1 hour', permanentPause: '1 day' } as const
  const onWait = () =>
    note('waiting', 'Een stap lukt nu niet; we proberen het later opnieuw en het platformteam is ingelicht.')
  const wait = () => 'wait' as const
  const activities = durable(steps, { process: 'matching', onPermanent: wait, ...waiting, onWait })
  const ranking = durable(rankingSteps, { process: 'matching', onPermanent: wait, ...waiting, onWait })
  // Steps about one therapist: when the therapist is gone (account deleted), that candidate is skipped.
  const aboutCandidate = durable(steps, {
    process: 'matching',
    onPermanent: (type) => (isMemberGone(type) ? 'throw' : 'wait'),
    ...waiting,
    onWait,
  })
  const offerOf = (offerId: string) => state.offers.find((o) => o.offerId === offerId)!
  const openOffers = () => state.offers.filter((o) => o.status === 'open')
  const waitingOffers = () => state.offers.filter(awaitsConfirmation)

  /**
   * Runs a step about one offer's therapist; when it fails for good (account deleted, no e-mail)
   * the offer is withdrawn, noted in the timeline, and the negotiation goes on without them.
   */
  async function unlessUnreachable(offer: MatchingState['offers'][number], step: () => Promise<void>) {
    try {
      await step()
      return true
    } catch (error) {
      if (!isMemberGone(permanentType(error)) || !handleFailure(error)) throw error
      const stillOpen = offer.status === 'open' || awaitsConfirmation(offer)
      if (stillOpen) offer.status = 'withdrawn'
      note('unreachable', `${offer.displayName} is niet meer bereikbaar; we gaan verder zonder deze behandelaar.`)
      if (stillOpen) await activities.withdrawOffer(requestId, offer.offerId)
      wake = true
      return false
    }
  }

  // An answer queued does not block a confirmation or staff action: jobs run in order anyway.
  const blocksChoices = (job: Job) => job.kind !== 'answer'

  /** Hands a job to the main loop and returns its outcome as the update's result. */
  async function runJob<T>(job: Job & { result?: T }): Promise<T> {
    if (blocksChoices(job)) busy = true
    jobs.push(job)
    wake = true
    await condition(() => job.result !== undefined || job.error !== undefined)
    if (job.error) throw ApplicationFailure.nonRetryable(job.error, 'MatchingRefused')
    return job.result as T
  }

  setHandler(matchingStateQuery, () => state)

  setHandler(
    answerOfferUpdate,
    async (answer: OfferAnswer): Promise<OfferAnswerResult> => {
      // Checked again here: two identical answers may pass their validators in one activation.
      const problem = answerProblem(state, answer)
      if (problem) throw ApplicationFailure.nonRetryable(problem, 'MatchingRefused')
      if (patched(ONE_OFFER_WRITER)) return runJob<OfferAnswerResult>({ kind: 'answer', input: answer })
      // Runs recorded before the patch: the handler itself applied and wrote the answer.
      applyAnswer(answer)
      wake = true
      await activities.recordOfferAnswer(requestId, answer)
      const offer = offerOf(answer.offerId)
      if (offer.status !== 'declined')
        await unlessUnreachable(offer, () => aboutCandidate.mailCoordinatorToConfirm(requestId, offer.offerId))
      return { offerId: offer.offerId, status: offer.status }
    },
    {
      validator: (answer) => {
        const problem = answerProblem(state, answer)
        if (problem) throw new Error(problem)
      },
    },
  )

  /** The answer in the run's state: the offer's status, the confirmation deadline, the timeline. */
  function applyAnswer(answer: OfferAnswer) {
    const offer = offerOf(answer.offerId)
    const now = Date.now()
    if (answer.answer === 'decline') {
      offer.status = 'declined'
      offer.declineReason = answer.reason
      note('declined', `${offer.displayName} wees de aanvraag af: ${answer.reason}`)
    } else {
      offer.status = answer.answer === 'accept' ? 'accepted' : 'countered'
      if (answer.answer === 'counter') offer.counter = { start: answer.counterStart, hours: answer.counterHours }
      offer.confirmationDeadline = new Date(now + (settings?.confirmationDeadlineHours ?? 48) * HOUR).toISOString()
      offer.confirmationReminded = false
      note(
        offer.status,
        answer.answer === 'accept'
          ? `${offer.displayName} accepteerde; wacht op jouw bevestiging.`
          : `${offer.displayName} deed een tegenvoorstel; wacht op jouw bevestiging.`,
      )
    }
  }

  setHandler(confirmUpdate, (input) => runJob<ConfirmationResult>({ kind: 'confirm', input }), {
    validator: (input) => {
      const problem = confirmationProblem(state, input, busy)
      if (problem) throw new Error(problem)
    },
  })
  setHandler(staffActionUpdate, (input) => runJob<MatchingState>({ kind: 'staff', input }), {
    validator: (input) => {
      const problem = staffActionProblem(state, input, busy)
      if (problem) throw new Error(problem)
    },
  })
  setHandler(cancelUpdate, (input) => runJob<MatchingState>({ kind: 'cancel', input }), {
    validator: (input) => {
      const problem = cancelProblem(state, input)
      if (problem) throw new Error(problem)
    },
  })
  setHandler(
    followUpUpdate,
    async (answer) => {
      followUp = answer
      state.followUpAnswered = true
      await activities.recordMatchFollowUp(requestId, answer)
      note(
        'follow-up',
        answer.started
          ? 'Nazorgvraag beantwoord: de behandeling is gestart.'
          : 'Nazorgvraag beantwoord: de behandeling is niet gestart.',
      )
      return state
    },
    {
      validator: (answer) => {
        const problem = followUpProblem(state, answer)
        if (problem) throw new Error(problem)
      },
    },
  )

  async function nextCandidate(): Promise<Candidate | undefined> {
    if (candidates.length === 0 && !rankedAll) {
      candidates = await ranking.rankCandidates(requestId, state.regionPolicy, RANK_BATCH)
      if (candidates.length < RANK_BATCH) rankedAll = true
    }
    return candidates.shift()
  }

  async function escalate(reason: EscalationReason) {
    if (state.phase === 'escalated') return
    state.phase = 'escalated'
    state.escalation = { reason, at: new Date().toISOString() }
    const texts: Record<EscalationReason, string> = {
      exhausted: 'Geen passende behandelaars meer; het platformteam is ingeschakeld.',
      deadline: 'De aanvraag loopt te lang; het platformteam is ingeschakeld.',
      'confirmation-timeout': 'Er is niet op tijd bevestigd; het platformteam is ingeschakeld.',
    }
    note('escalated', texts[reason])
    await activities.escalateRequest(requestId, reason, state.escalation.at)
  }

  async function finishMatch(matchId: string, memberId: string, manual: boolean, offerId?: string) {
    state.match = { matchId, memberId, manual }
    state.phase = 'matched'
    if (offerId) offerOf(offerId).status = 'confirmed'
    for (const offer of state.offers)
      if (offer.offerId !== offerId && (offer.status === 'open' || awaitsConfirmation(offer)))
        offer.status = 'withdrawn'
    await activities.withdrawOffers(requestId, 'matched', offerId)
    await activities.setRequestStatus(requestId, 'matched')
    statusWritten = 'matched'
    await activities.mailMatched(requestId, matchId)
    note(
      'matched',
      manual
        ? 'Het platformteam heeft een behandelaar toegewezen; de match is vastgelegd.'
        : 'Match bevestigd en vastgelegd; beide partijen hebben een mail gekregen.',
    )
  }

  /** Checked again here: the offer may have moved on (a cancel, a second answer) while this one queued. */
  async function runAnswer(job: Extract<Job, { kind: 'answer' }>) {
    const problem = answerProblem(state, job.input)
    if (problem) return void (job.error = problem)
    applyAnswer(job.input)
    const offer = offerOf(job.input.offerId)
    await activities.recordOfferAnswer(requestId, job.input)
    if (offer.status !== 'declined')
      await unlessUnreachable(offer, () => aboutCandidate.mailCoordinatorToConfirm(requestId, offer.offerId))
    job.result = { offerId: offer.offerId, status: offer.status }
  }

  async function runConfirm(job: Extract<Job, { kind: 'confirm' }>) {
    const problem = confirmationProblem(state, job.input, false)
    if (problem) return void (job.error = problem)
    const offer = offerOf(job.input.offerId)
    if (job.input.decision === 'reject') {
      offer.status = 'not-confirmed'
      await unlessUnreachable(offer, () =>
        aboutCandidate.recordOfferNotConfirmed(requestId, offer.offerId, job.input.reason ?? ''),
      )
      note('not-confirmed', `Je hebt ${offer.displayName} niet bevestigd; we zoeken verder.`)
      job.result = { offerId: offer.offerId, status: offer.status }
      return
    }
    const outcome = await activities.recordMatch({
      requestId,
      memberId: offer.memberId,
      offerId: offer.offerId,
      by: job.input.by,
      manual: false,
    })
    if (outcome.outcome !== 'matched') {
      offer.status = 'not-confirmed'
      await unlessUnreachable(offer, () =>
        aboutCandidate.recordOfferNotConfirmed(requestId, offer.offerId, 'Geen vrije plek meer bij de behandelaar.'),
      )
      note('no-capacity', `${offer.displayName} heeft inmiddels geen vrije plek meer; we zoeken verder.`)
      job.error = `${offer.displayName} heeft inmiddels geen vrije plek meer; we zoeken verder naar een andere behandelaar.`
      return
    }
    await finishMatch(outcome.matchId, offer.memberId, false, offer.offerId)
    job.result = { offerId: offer.offerId, status: 'confirmed', matchId: outcome.matchId }
  }

  async function runStaff(job: Extract<Job, { kind: 'staff' }>) {
    const problem = staffActionProblem(state, job.input, false)
    if (problem) return void (job.error = problem)
    const action = job.input
    if (action.action === 'widen') {
      state.regionPolicy = action.regionPolicy
      candidates = []
      rankedAll = false
      overallDeadline = Date.now() + settings!.overallDeadlineHours * HOUR
      state.phase = 'negotiating'
      state.escalation = undefined
      note(
        'widened',
        action.regionPolicy === 'neighbours'
          ? 'Het platformteam zoekt nu ook in buurregio’s.'
          : 'Het platformteam zoekt nu ook behandelaars die op afstand werken.',
      )
    } else if (action.action === 'assign') {
      const outcome = await activities.recordMatch({
        requestId,
        memberId: action.memberId,
        by: action.by,
        manual: true,
      })
      if (outcome.outcome !== 'matched')
        return void (job.error =
          outcome.outcome === 'no-capacity'
            ? 'Deze behandelaar heeft geen vrije plek of is niet actief.'
            : 'Deze behandelaar bestaat niet.')
      await finishMatch(outcome.matchId, action.memberId, true)
    } else {
      state.phase = 'closed'
      for (const offer of state.offers)
        if (offer.status === 'open' || awaitsConfirmation(offer)) offer.status = 'withdrawn'
      await activities.withdrawOffers(requestId, 'closed')
      await activities.setRequestStatus(requestId, 'closed', action.reason)
      statusWritten = 'closed'
      await activities.mailRequestClosed(requestId, action.reason)
      note('closed', `Het platformteam heeft de aanvraag gesloten: ${action.reason}`)
    }
    job.result = state
  }

  async function runCancel(job: Extract<Job, { kind: 'cancel' }>) {
    const problem = cancelProblem(state, job.input)
    if (problem) return void (job.error = problem)
    state.phase = 'cancelled'
    for (const offer of state.offers)
      if (offer.status === 'open' || awaitsConfirmation(offer)) offer.status = 'withdrawn'
    await activities.withdrawOffers(requestId, 'cancelled')
    await activities.setRequestStatus(requestId, 'cancelled', job.input.reason)
    statusWritten = 'cancelled'
    note('cancelled', 'De aanvraag is geannuleerd; open aanbiedingen zijn ingetrokken.')
    job.result = state
  }

  /** Reminders at half time and expiry, for therapists' answers and coordinators' confirmations. */
  async function runTimers() {
    const now = Date.now()
    for (const offer of state.offers) {
      if (offer.status === 'open') {
        const deadline = new Date(offer.deadline).getTime()
        const halfway = deadline - (settings!.offerDeadlineHours * HOUR) / 2
        if (now >= deadline) {
          offer.status = 'expired'
          await activities.expireOffer(requestId, offer.offerId)
          note('expired', `${offer.displayName} reageerde niet op tijd; de aanbieding is verlopen.`)
        } else if (!offer.reminded && now >= halfway) {
          offer.reminded = true
          await unlessUnreachable(offer, () => aboutCandidate.remindTherapistOfOffer(requestId, offer.offerId))
        }
      } else if (awaitsConfirmation(offer) && offer.confirmationDeadline) {
        const deadline = new Date(offer.confirmationDeadline).getTime()
        const halfway = deadline - (settings!.confirmationDeadlineHours * HOUR) / 2
        if (now >= deadline) {
          if (state.phase !== 'escalated') await escalate('confirmation-timeout')
        } else if (!offer.confirmationReminded && now >= halfway) {
          offer.confirmationReminded = true
          await unlessUnreachable(offer, () => aboutCandidate.remindCoordinatorToConfirm(requestId, offer.offerId))
        }
      }
    }
    if (state.phase === 'negotiating' && now >= overallDeadline) await escalate('deadline')
  }

  function nextTimer(): number | undefined {
    const times: number[] = []
    for (const offer of state.offers) {
      if (offer.status === 'open') {
        const deadline = new Date(offer.deadline).getTime()
        times.push(deadline)
        if (!offer.reminded) times.push(deadline - (settings!.offerDeadlineHours * HOUR) / 2)
      } else if (awaitsConfirmation(offer) && offer.confirmationDeadline && state.phase !== 'escalated') {
        const deadline = new Date(offer.confirmationDeadline).getTime()
        times.push(deadline)
        if (!offer.confirmationReminded) times.push(deadline - (settings!.confirmationDeadlineHours * HOUR) / 2)
      }
    }
    if (state.phase === 'negotiating') times.push(overallDeadline)
    return times.length ? Math.min(...times) : undefined
  }

  /** Offers to the next candidates while fewer than N are open and nobody waits for confirmation. */
  async function fillOffers() {
    while (
      state.phase === 'negotiating' &&
      waitingOffers().length === 0 &&
      openOffers().length < settings!.parallelOffers &&
      jobs.length === 0
    ) {
      const candidate = await nextCandidate()
      if (!candidate) break
      const deadline = new Date(Date.now() + settings!.offerDeadlineHours * HOUR).toISOString()
      const created = await activities.createOffer(requestId, candidate, deadline)
      if (!created) continue
      const offer = { ...candidate, offerId: created.offerId, status: 'open' as const, deadline, reminded: false }
      state.offers.push(offer)
      if (!(await unlessUnreachable(offer, () => aboutCandidate.mailOffer(requestId, created.offerId)))) continue
      note('offered', `Aanbieding verstuurd aan ${candidate.displayName} (${candidate.reasons}).`)
    }
    if (
      state.phase === 'negotiating' &&
      openOffers().length === 0 &&
      waitingOffers().length === 0 &&
      candidates.length === 0 &&
      rankedAll
    ) {
      await escalate('exhausted')
    }
  }

  async function syncStatus() {
    if (!isOpenPhase(state.phase)) return
    const status = requestStatusOf(state)
    if (status !== statusWritten) {
      await activities.setRequestStatus(requestId, status)
      statusWritten = status
    }
  }

  settings = await activities.matchingSettings()
  state.regionPolicy = settings.regionPolicy
  overallDeadline = Date.now() + settings.overallDeadlineHours * HOUR
  state.phase = 'negotiating'
  note('submitted', 'Aanvraag ingediend; we zoeken passende behandelaars.')
  await syncStatus()

  while (isOpenPhase(state.phase)) {
    const job = jobs.shift()
    if (job) {
      if (job.kind === 'answer') await runAnswer(job)
      else if (job.kind === 'confirm') await runConfirm(job)
      else if (job.kind === 'staff') await runStaff(job)
      else await runCancel(job)
      busy = jobs.some(blocksChoices)
      continue
    }
    await runTimers()
    await fillOffers()
    await syncStatus()
    if (!isOpenPhase(state.phase) || jobs.length > 0) continue
    wake = false
    const next = nextTimer()
    if (next === undefined) await condition(() => wake || jobs.length > 0)
    else await condition(() => wake || jobs.length > 0, Math.max(next - Date.now(), 1))
  }

  if ((state.phase as Phase) === 'matched') {
    // Follow-up: after some weeks the coordinator is asked how it went.
    await condition(() => followUp !== undefined, settings.followUpWeeks * WEEK)
    if (!followUp) {
      state.phase = 'following-up'
      await activities.askMatchFollowUp(requestId)
      note('follow-up-asked', 'Nazorgvraag gestuurd: hoe is de behandeling gestart?')
      await condition(() => followUp !== undefined, settings.followUpAnswerWeeks * WEEK)
    }
    state.phase = 'done'
  }
  await condition(allHandlersFinished)
  return state
}
