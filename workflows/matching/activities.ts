import { NotFound, type Payload } from 'payload'
import { placesOf } from '../../src/store/places'
import { config } from '../../src/config'
import { rankCandidates as rank } from '../../src/domain/ranking'
import {
  closedMessage,
  confirmNeededMessage,
  confirmReminderMessage,
  escalationMessage,
  followUpMessage,
  matchedCoordinatorMessage,
  matchedTherapistMessage,
  notConfirmedMessage,
  offerMessage,
  offerReminderMessage,
  offerWithdrawnMessage,
} from '../../src/mail/matchingTemplates'
import { MemberUnreachableError, memberContact, staffEmails as staffAddresses } from '../../src/mail/recipients'
import { sendMailOnce } from '../../src/mail/sendMailOnce'
import { loadCandidates, rankingInput } from '../../src/store/candidates'
import { modelOf } from '../../src/store/modelOf'
import { type RecordMatchInput, type RecordMatchOutcome, recordMatch } from './recordMatch'
import { formatDateNl, requestSummary, termsText } from './requestText'
import { temporalUiLink } from '../client'
import {
  type Candidate,
  type EscalationReason,
  type FollowUpAnswer,
  type MatchingSettings,
  type OfferAnswer,
  type RegionPolicy,
  type RequestStatus,
  matchingWorkflowId,
} from './messages'
import { requiredIdOf } from '../../src/domain/ids'

const ESCALATION_TEXT: Record<EscalationReason, string> = {
  exhausted: 'er zijn geen passende behandelaars meer in de zoekkring.',
  deadline: 'de aanvraag loopt langer dan de afgesproken termijn.',
  'confirmation-timeout': 'de coördinator heeft een aanbod niet op tijd bevestigd.',
}

/**
 * Activities of the matching workflow. Each re-reads the documents it acts on, makes
 * state changes with conditional updates (only if still in the expected state) and
 * mails through sendMailOnce with a key per step, so a retry changes nothing twice.
 */
export function createMatchingActivities(payload: Payload) {
  const key = (requestId: string, step: string) => `matching:${requestId}:${step}`
  const requestLink = (requestId: string) => `${config.PUBLIC_URL}/aanvragen/${requestId}`
  const offerLink = (offerId: string) => `${config.PUBLIC_URL}/mijn-aanbiedingen/${offerId}`

  /**
   * The request with what the mails need: organisation name and the filer's e-mail.
   * Read by id, not populated: population queries with `$in`, which FerretDB answers
   * by scanning the whole (large) users collection.
   */
  async function loadRequest(requestId: string) {
    const request = await payload.findByID({
      collection: 'requests',
      id: requestId,
      depth: 0,
      select: { title: true, organisation: true, createdBy: true, status: true },
      overrideAccess: true,
    })
    const organisation = await payload.findByID({
      collection: 'organisations',
      id: requiredIdOf(request.organisation, `request ${requestId} organisation`),
      depth: 0,
      select: { name: true },
      overrideAccess: true,
    })
    const createdBy = request.createdBy
      ? await payload
          .findByID({
            collection: 'users',
            id: requiredIdOf(request.createdBy, 'request.createdBy'),
            depth: 0,
            select: { email: true },
            overrideAccess: true,
          })
          .catch(() => null)
      : null
    return {
      id: requestId,
      title: request.title,
      status: request.status,
      organisationId: requiredIdOf(request.organisation, `request ${requestId} organisation`),
      organisationName: organisation.name,
      filerEmail: createdBy?.email,
    }
  }
  const loadOffer = (offerId: string) =>
    payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true })

  /** The coordinator who filed the request; else every coordinator of the organisation. */
  async function coordinatorEmails(request: Awaited<ReturnType<typeof loadRequest>>): Promise<string[]> {
    if (request.filerEmail) return [request.filerEmail]
    const users = await payload.find({
      collection: 'users',
      where: { and: [{ roles: { contains: 'coordinator' } }, { organisation: { equals: request.organisationId } }] },
      limit: 20,
      depth: 0,
      overrideAccess: true,
    })
    return users.docs.map((user) => user.email)
  }

  const staffEmails = async () =>
    staffAddresses(payload, (await payload.findGlobal({ slug: 'settings', overrideAccess: true })).matching?.staffEmail)

  /** Moves an offer from one of `from` to `to` in one conditional update; false if it had moved on. */
  async function moveOffer(offerId: string, from: string[], set: Record<string, unknown>): Promise<boolean> {
    const result = await modelOf(payload, 'offers').updateOne(
      { _id: offerId, status: { $in: from } },
      { $set: { ...set, updatedAt: new Date() } },
    )
    return result.modifiedCount > 0
  }

  async function settingsOf(): Promise<MatchingSettings> {
    const settings = (await payload.findGlobal({ slug: 'settings', overrideAccess: true })).matching
    return {
      offerDeadlineHours: settings?.offerDeadlineHours ?? 48,
      parallelOffers: settings?.parallelOffers ?? 1,
      regionPolicy: (settings?.regionPolicy as RegionPolicy | undefined) ?? 'own',
      confirmationDeadlineHours: settings?.confirmationDeadlineHours ?? 48,
      overallDeadlineHours: settings?.overallDeadlineHours ?? 336,
      followUpWeeks: settings?.followUpWeeks ?? 6,
      followUpAnswerWeeks: settings?.followUpAnswerWeeks ?? 4,
    }
  }

  return {
    matchingSettings: settingsOf,

    /** The best candidates not yet asked, with their reasons (pure ranking in src/domain). */
    async rankCandidates(requestId: string, policy: RegionPolicy, limit: number): Promise<Candidate[]> {
      const input = await rankingInput(payload, requestId, policy)
      const candidates = await loadCandidates(payload, input.wheres)
      return rank(candidates, input.request, input.context, limit)
    },

    /** One offer per therapist per request (unique index); null when the therapist is no longer available. */
    async createOffer(requestId: string, candidate: Candidate, deadline: string): Promise<{ offerId: string } | null> {
      const existing = await payload.find({
        collection: 'offers',
        where: { and: [{ request: { equals: requestId } }, { member: { equals: candidate.memberId } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (existing.docs[0]) return existing.docs[0].status === 'open' ? { offerId: String(existing.docs[0].id) } : null
      const member = await payload
        .findByID({ collection: 'members', id: candidate.memberId, depth: 0, overrideAccess: true })
        .catch(() => null)
      if (!member || member.status !== 'active' || !((await placesOf(payload, 'cases', candidate.memberId))?.free ?? 0))
        return null
      // The summary names organisation, region, expertise and target group: only those are populated.
      const request = await payload.findByID({
        collection: 'requests',
        id: requestId,
        depth: 1,
        overrideAccess: true,
        select: {
          kind: true,
          organisation: true,
          urgency: true,
          region: true,
          expertise: true,
          targetGroup: true,
          hoursPerWeek: true,
          wantedStart: true,
          context: true,
        },
        populate: { organisations: { name: true } },
      })
      try {
        const offer = await payload.create({
          collection: 'offers',
          data: {
            request: requestId,
            member: candidate.memberId,
            status: 'open',
            score: candidate.score,
            reasons: candidate.reasons,
            deadline,
            summary: requestSummary(request),
          },
          overrideAccess: true,
        })
        return { offerId: String(offer.id) }
      } catch (error) {
        const raced = await payload.find({
          collection: 'offers',
          where: { and: [{ request: { equals: requestId } }, { member: { equals: candidate.memberId } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        if (raced.docs[0]) return { offerId: String(raced.docs[0].id) }
        throw error
      }
    },

    async mailOffer(requestId: string, offerId: string): Promise<void> {
      const [request, offer] = await Promise.all([loadRequest(requestId), loadOffer(offerId)])
      const therapist = await memberContact(payload, requiredIdOf(offer.member, 'offer.member'))
      await sendMailOnce(
        payload,
        key(requestId, `offer:${offerId}`),
        therapist.email,
        offerMessage(
          therapist.name,
          request.title,
          offer.summary ?? '',
          offer.reasons ?? '',
          formatDateNl(offer.deadline, true),
          offerLink(offerId),
        ),
      )
    },

    async remindTherapistOfOffer(requestId: string, offerId: string): Promise<void> {
      const offer = await loadOffer(offerId)
      if (offer.status !== 'open') return
      const request = await loadRequest(requestId)
      const therapist = await memberContact(payload, requiredIdOf(offer.member, 'offer.member'))
      await sendMailOnce(
        payload,
        key(requestId, `offer-reminder:${offerId}`),
        therapist.email,
        offerReminderMessage(therapist.name, request.title, formatDateNl(offer.deadline, true), offerLink(offerId)),
      )
      await moveOffer(offerId, ['open'], { remindedAt: new Date() })
    },

    /** Withdraws one offer whose therapist can no longer be reached (no mail: there is nobody to tell). */
    async withdrawOffer(_requestId: string, offerId: string): Promise<void> {
      await moveOffer(offerId, ['open', 'accepted', 'countered'], { status: 'withdrawn' })
    },

    async expireOffer(_requestId: string, offerId: string): Promise<void> {
      await moveOffer(offerId, ['open'], { status: 'expired' })
    },

    async recordOfferAnswer(_requestId: string, answer: OfferAnswer): Promise<void> {
      const status = answer.answer === 'accept' ? 'accepted' : answer.answer === 'decline' ? 'declined' : 'countered'
      await moveOffer(answer.offerId, ['open'], {
        status,
        answeredAt: new Date(),
        ...(answer.answer === 'decline' ? { declineReason: answer.reason } : {}),
        ...(answer.answer === 'counter'
          ? {
              counterStart: answer.counterStart ? new Date(answer.counterStart) : null,
              counterHours: answer.counterHours ?? null,
            }
          : {}),
      })
    },

    async mailCoordinatorToConfirm(requestId: string, offerId: string): Promise<void> {
      const [request, offer] = await Promise.all([loadRequest(requestId), loadOffer(offerId)])
      const therapist = await memberContact(payload, requiredIdOf(offer.member, 'offer.member'))
      const settings = await settingsOf()
      const deadline = formatDateNl(
        new Date(
          new Date(offer.answeredAt ?? Date.now()).getTime() + settings.confirmationDeadlineHours * 3600_000,
        ).toISOString(),
        true,
      )
      const kind = offer.status === 'countered' ? 'countered' : 'accepted'
      await sendMailOnce(
        payload,
        key(requestId, `confirm-needed:${offerId}`),
        await coordinatorEmails(request),
        confirmNeededMessage(
          request.title,
          therapist.name,
          kind,
          termsText(offer.counterStart, offer.counterHours),
          deadline,
          requestLink(requestId),
        ),
      )
    },

    async remindCoordinatorToConfirm(requestId: string, offerId: string): Promise<void> {
      const [request, offer] = await Promise.all([loadRequest(requestId), loadOffer(offerId)])
      const therapist = await memberContact(payload, requiredIdOf(offer.member, 'offer.member'))
      const settings = await settingsOf()
      const deadline = formatDateNl(
        new Date(
          new Date(offer.answeredAt ?? Date.now()).getTime() + settings.confirmationDeadlineHours * 3600_000,
        ).toISOString(),
        true,
      )
      await sendMailOnce(
        payload,
        key(requestId, `confirm-reminder:${offerId}`),
        await coordinatorEmails(request),
        confirmReminderMessage(request.title, therapist.name, deadline, requestLink(requestId)),
      )
    },

    async recordOfferNotConfirmed(requestId: string, offerId: string, reason: string): Promise<void> {
      await moveOffer(offerId, ['accepted', 'countered'], { status: 'not-confirmed', declineReason: reason })
      const [request, offer] = await Promise.all([loadRequest(requestId), loadOffer(offerId)])
      const therapist = await memberContact(payload, requiredIdOf(offer.member, 'offer.member'))
      await sendMailOnce(
        payload,
        key(requestId, `not-confirmed:${offerId}`),
        therapist.email,
        notConfirmedMessage(therapist.name, request.title, reason),
      )
    },

    async recordMatch(input: RecordMatchInput): Promise<RecordMatchOutcome> {
      const outcome = await recordMatch(payload, input)
      if (outcome.outcome === 'matched' && input.offerId)
        await moveOffer(input.offerId, ['accepted', 'countered'], { status: 'confirmed' })
      return outcome
    },

    /** Withdraws every offer still open or waiting (except the matched one) and tells those therapists. */
    async withdrawOffers(
      requestId: string,
      why: 'matched' | 'cancelled' | 'closed',
      exceptOfferId?: string,
    ): Promise<number> {
      await modelOf(payload, 'offers').updateMany(
        {
          request: requestId,
          status: { $in: ['open', 'accepted', 'countered'] },
          ...(exceptOfferId ? { _id: { $ne: exceptOfferId } } : {}),
        },
        { $set: { status: 'withdrawn', updatedAt: new Date() } },
      )
      const withdrawn = await payload.find({
        collection: 'offers',
        where: { and: [{ request: { equals: requestId } }, { status: { equals: 'withdrawn' } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const request = await loadRequest(requestId)
      for (const offer of withdrawn.docs) {
        // A therapist whose account is gone needs no mail; the others still get theirs.
        const therapist = await memberContact(payload, requiredIdOf(offer.member, 'offer.member')).catch((error) => {
          if (error instanceof MemberUnreachableError || error instanceof NotFound) return null
          throw error
        })
        if (!therapist) continue
        await sendMailOnce(
          payload,
          key(requestId, `withdrawn:${offer.id}`),
          therapist.email,
          offerWithdrawnMessage(therapist.name, request.title, why),
        )
      }
      return withdrawn.docs.length
    },

    async setRequestStatus(requestId: string, status: RequestStatus, reason?: string): Promise<void> {
      const request = await payload.findByID({ collection: 'requests', id: requestId, depth: 0, overrideAccess: true })
      if (request.status === status) return
      await payload.update({
        collection: 'requests',
        id: requestId,
        data: {
          status,
          ...(reason ? { closedReason: reason } : {}),
          // The retention clock starts when the request's matching is over (src/domain/retention.ts).
          ...(status === 'matched' || status === 'cancelled' || status === 'closed'
            ? { closedAt: new Date().toISOString() }
            : {}),
          ...(status !== 'escalated' ? { escalation: { reason: null, at: null, temporalLink: null } } : {}),
        },
        overrideAccess: true,
        context: { actor: 'matching-workflow' },
      })
    },

    async escalateRequest(requestId: string, reason: EscalationReason, at: string): Promise<void> {
      const temporalLink = temporalUiLink(matchingWorkflowId(requestId))
      await payload.update({
        collection: 'requests',
        id: requestId,
        data: { status: 'escalated', escalation: { reason, at, temporalLink } },
        overrideAccess: true,
        context: { actor: 'matching-workflow' },
      })
      const request = await loadRequest(requestId)
      const organisation = request.organisationName
      await sendMailOnce(
        payload,
        key(requestId, `escalated:${at}`),
        await staffEmails(),
        escalationMessage(
          request.title,
          organisation,
          ESCALATION_TEXT[reason],
          `${config.PUBLIC_URL}/admin/collections/requests/${requestId}`,
          temporalLink,
        ),
      )
    },

    async mailMatched(requestId: string, matchId: string): Promise<void> {
      const match = await payload.findByID({ collection: 'matches', id: matchId, depth: 0, overrideAccess: true })
      const request = await loadRequest(requestId)
      const therapist = await memberContact(payload, requiredIdOf(match.member, 'match.member'))
      const coordinators = await coordinatorEmails(request)
      const terms = termsText(match.startDate, match.hoursPerWeek)
      const organisation = request.organisationName
      await sendMailOnce(
        payload,
        key(requestId, 'matched:therapist'),
        therapist.email,
        matchedTherapistMessage(therapist.name, request.title, organisation, terms, coordinators.join(', ')),
      )
      await sendMailOnce(
        payload,
        key(requestId, 'matched:coordinator'),
        coordinators,
        matchedCoordinatorMessage(request.title, therapist.name, terms, therapist.email, requestLink(requestId)),
      )
    },

    async mailRequestClosed(requestId: string, reason: string): Promise<void> {
      const request = await loadRequest(requestId)
      await sendMailOnce(
        payload,
        key(requestId, 'closed'),
        await coordinatorEmails(request),
        closedMessage(request.title, reason, requestLink(requestId)),
      )
    },

    async askMatchFollowUp(requestId: string): Promise<void> {
      const request = await loadRequest(requestId)
      const match = (
        await payload.find({
          collection: 'matches',
          where: { request: { equals: requestId } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0]
      if (!match || match.followUp?.answeredAt) return
      const therapistName = (await memberContact(payload, requiredIdOf(match.member, 'match.member'))).name
      await sendMailOnce(
        payload,
        key(requestId, 'follow-up'),
        await coordinatorEmails(request),
        followUpMessage(request.title, therapistName, requestLink(requestId)),
      )
    },

    async recordMatchFollowUp(requestId: string, answer: FollowUpAnswer): Promise<void> {
      await modelOf(payload, 'matches').updateOne(
        { request: requestId, 'followUp.answeredAt': null },
        {
          $set: {
            'followUp.started': answer.started,
            'followUp.outcome': answer.outcome,
            'followUp.answeredAt': new Date(),
            updatedAt: new Date(),
          },
        },
      )
    },
  }
}
