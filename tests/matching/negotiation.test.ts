import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { answerOffer } from '../../cms/endpoints/matching/answerOffer'
import {
  answerFollowUp,
  cancelRequest,
  confirmOffer,
  requestTimeline,
  staffAction,
} from '../../cms/endpoints/matching/requestActions'
import { createMatchingActivities } from '../../workflows/matching/activities'
import { startMatching } from '../../workflows/matching/client'
import { answerOfferUpdate, matchingStateQuery, matchingWorkflowId } from '../../workflows/matching/messages'
import { eventually } from '../helpers/eventually'
import { createUser } from '../helpers/factories'
import { mailsTo, uniqueEmail, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import {
  type Expertise,
  createExpertise,
  createScene,
  createTherapist,
  freeCases,
  matchesOf,
  offerFor,
  phaseIs,
  setMatchingSettings,
  submit,
} from './world'

let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let expertise: Expertise
let staff: User
let staffEmail: string

beforeAll(async () => {
  payload = await testPayload()
  expertise = await createExpertise(payload)
  staffEmail = uniqueEmail('staff')
  staff = (await createUser(payload, ['admin'], { email: staffEmail })) as User
  await setMatchingSettings(payload, {
    offerDeadlineHours: 48,
    parallelOffers: 1,
    regionPolicy: 'own',
    confirmationDeadlineHours: 48,
    overallDeadlineHours: 336,
    followUpWeeks: 6,
    followUpAnswerWeeks: 4,
    staffEmail,
  })
}, 120_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
}, 60_000)

afterEach(() => world?.stop())

const accept = (therapistUser: User, offerId: string) =>
  answerOffer(payload, env.client, therapistUser, offerId, { answer: 'accept' })

describe('matching negotiation', () => {
  it('happy path: best candidate gets the offer with reasons, accepts, coordinator confirms, one match, capacity drops, follow-up stored', async () => {
    const scene = await createScene(payload, 'happy')
    const best = await createTherapist(payload, {
      name: 'Anna Best',
      regionId: scene.regionId,
      methods: [expertise.emdr],
      targetGroups: [expertise.children],
    })
    const weaker = await createTherapist(payload, {
      name: 'Bram Minder',
      regionId: scene.regionId,
      methods: [expertise.tfcbt],
    })
    const { requestId, handle } = await submit(payload, env.client, scene, expertise)

    const offer = await offerFor(env.client, requestId, best.memberId)
    expect(offer.reasons).toContain('EMDR ✓')
    expect(offer.reasons).toContain(`regio Haarlem happy ✓`)
    expect(offer.reasons).toContain('2 plekken vrij')
    // What the therapist decides on: who asks, where, what, how much and when (no client data).
    const organisation = await payload.findByID({ collection: 'organisations', id: scene.organisationId })
    const stored = await payload.findByID({ collection: 'offers', id: offer.offerId, overrideAccess: true })
    expect(stored.summary).toMatch(
      new RegExp(
        `^Eén casus · van ${organisation.name} · regio Haarlem happy · EMDR · .*2 uur per week · start zo snel mogelijk`,
      ),
    )
    const mail = await waitForMail(best.email, /Nieuwe aanvraag voor jou/)
    expect(mail.text).toContain(`/mijn-aanbiedingen/${offer.offerId}`)
    expect(mail.text).not.toContain('Meisje van 8 in de opvang, herbelevingen na geweld thuis. Moeder is betrokken.@')
    expect((await mailsTo(weaker.email)).length).toBe(0)
    expect((await payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true })).status).toBe(
      'matching',
    )

    const accepted = await accept(best.user, offer.offerId)
    expect(accepted).toEqual({ ok: true, value: { offerId: offer.offerId, status: 'accepted' } })
    await waitForMail(scene.coordinatorEmail, /Anna Best wil .* oppakken/)
    await eventually(
      async () =>
        (await payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true })).status ===
        'awaiting-confirmation',
      15_000,
      'awaiting-confirmation',
    )

    const confirmed = await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: offer.offerId,
      decision: 'confirm',
    })
    expect(confirmed).toMatchObject({ ok: true, value: { status: 'confirmed' } })
    const matches = await matchesOf(payload, requestId)
    expect(matches).toHaveLength(1)
    expect(matches[0]).toMatchObject({ member: best.memberId, manual: false, hoursPerWeek: 2 })
    expect(await freeCases(payload, best.memberId)).toBe(1)
    expect((await payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true })).status).toBe(
      'matched',
    )
    await waitForMail(best.email, /Match bevestigd/)
    await waitForMail(scene.coordinatorEmail, /Match vastgelegd: Anna Best/)

    const timeline = await requestTimeline(payload, env.client, scene.coordinator, requestId)
    expect(timeline.ok && timeline.value?.timeline.map((entry) => entry.kind)).toEqual([
      'submitted',
      'offered',
      'accepted',
      'matched',
    ])

    await env.sleep('6 weeks')
    await waitForMail(scene.coordinatorEmail, /Hoe gaat het met/)
    const followUp = await answerFollowUp(payload, env.client, scene.coordinator, requestId, {
      started: true,
      outcome: 'Gestart na twee weken, gaat goed.',
    })
    expect(followUp.ok).toBe(true)
    const match = await payload.findByID({ collection: 'matches', id: matches[0]!.id, overrideAccess: true })
    expect(match.followUp).toMatchObject({ started: true, outcome: 'Gestart na twee weken, gaat goed.' })
    expect((await handle.query(matchingStateQuery)).followUpAnswered).toBe(true)
  })

  it('decline (with a reason) → the next candidate gets the offer; a repeated answer gets a clear error', async () => {
    const scene = await createScene(payload, 'decline')
    const first = await createTherapist(payload, {
      name: 'Carla Eerst',
      regionId: scene.regionId,
      methods: [expertise.emdr],
      targetGroups: [expertise.children],
    })
    const second = await createTherapist(payload, {
      name: 'Dirk Daarna',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, first.memberId)

    const noReason = await answerOffer(payload, env.client, first.user, offer.offerId, { answer: 'decline' })
    expect(noReason).toMatchObject({ ok: false, status: 400, message: expect.stringContaining('reden') })
    const declined = await answerOffer(payload, env.client, first.user, offer.offerId, {
      answer: 'decline',
      reason: 'Geen ruimte deze maand.',
    })
    expect(declined).toMatchObject({ ok: true, value: { status: 'declined' } })
    const again = await accept(first.user, offer.offerId)
    expect(again).toMatchObject({ ok: false, status: 409, message: expect.stringContaining('al afgewezen') })

    await offerFor(env.client, requestId, second.memberId)
    await waitForMail(second.email, /Nieuwe aanvraag voor jou/)
    const stored = await payload.findByID({ collection: 'offers', id: offer.offerId, overrideAccess: true })
    expect(stored).toMatchObject({ status: 'declined', declineReason: 'Geen ruimte deze maand.' })
  })

  it('no answer: reminder at half the deadline, expiry at the deadline, then the next candidate', async () => {
    const scene = await createScene(payload, 'timeout')
    const silent = await createTherapist(payload, {
      name: 'Eva Stil',
      regionId: scene.regionId,
      methods: [expertise.emdr],
      targetGroups: [expertise.children],
    })
    const next = await createTherapist(payload, {
      name: 'Frank Volgende',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, silent.memberId)

    await env.sleep('23 hours')
    expect((await mailsTo(silent.email)).filter((m) => /Herinnering/.test(m.subject))).toHaveLength(0)
    await env.sleep('2 hours')
    await waitForMail(silent.email, /Herinnering: reageer vóór/)

    await env.sleep('24 hours')
    await offerFor(env.client, requestId, silent.memberId, 'expired')
    await offerFor(env.client, requestId, next.memberId)
    await eventually(
      async () =>
        (await payload.findByID({ collection: 'offers', id: offer.offerId, overrideAccess: true })).status ===
        'expired',
      15_000,
      'offer expired in DB',
    )
    const late = await accept(silent.user, offer.offerId)
    expect(late).toMatchObject({ ok: false, status: 409, message: expect.stringContaining('verlopen') })
    expect((await mailsTo(silent.email)).filter((m) => /Herinnering/.test(m.subject))).toHaveLength(1)
  })

  it('counter-proposal confirmed: the match carries the proposed hours and start', async () => {
    const scene = await createScene(payload, 'counter-yes')
    const therapist = await createTherapist(payload, {
      name: 'Gina Tegen',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, therapist.memberId)

    const noTerms = await answerOffer(payload, env.client, therapist.user, offer.offerId, { answer: 'counter' })
    expect(noTerms).toMatchObject({ ok: false, status: 400 })
    const countered = await answerOffer(payload, env.client, therapist.user, offer.offerId, {
      answer: 'counter',
      counterHours: 4,
      counterStart: '2031-03-01',
    })
    expect(countered).toMatchObject({ ok: true, value: { status: 'countered' } })
    const mail = await waitForMail(scene.coordinatorEmail, /Tegenvoorstel voor/)
    expect(mail.text).toContain('4 uur per week')

    const confirmed = await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: offer.offerId,
      decision: 'confirm',
    })
    expect(confirmed.ok).toBe(true)
    const [match] = await matchesOf(payload, requestId)
    expect(match).toMatchObject({ hoursPerWeek: 4, member: therapist.memberId })
    expect(match!.startDate).toContain('2031-03-01')
  })

  it('counter-proposal rejected: the therapist is told why and the next candidate gets an offer', async () => {
    const scene = await createScene(payload, 'counter-no')
    const first = await createTherapist(payload, {
      name: 'Hans Later',
      regionId: scene.regionId,
      methods: [expertise.emdr],
      targetGroups: [expertise.children],
    })
    const second = await createTherapist(payload, {
      name: 'Ilse Nu',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, first.memberId)
    await answerOffer(payload, env.client, first.user, offer.offerId, { answer: 'counter', counterStart: '2031-09-01' })

    const withoutReason = await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: offer.offerId,
      decision: 'reject',
    })
    expect(withoutReason).toMatchObject({ ok: false, status: 409 })
    const rejected = await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: offer.offerId,
      decision: 'reject',
      reason: 'Dat is te laat voor dit gezin.',
    })
    expect(rejected).toMatchObject({ ok: true, value: { status: 'not-confirmed' } })
    const told = await waitForMail(first.email, /Aanvraag niet bevestigd/)
    expect(told.text).toContain('Dat is te laat voor dit gezin.')
    await offerFor(env.client, requestId, second.memberId)
    expect(await matchesOf(payload, requestId)).toHaveLength(0)
    expect(await freeCases(payload, first.memberId)).toBe(2)
  })

  it('exhaustion → escalation to staff with the Temporal UI link → staff assign a therapist by hand', async () => {
    const scene = await createScene(payload, 'exhausted')
    const only = await createTherapist(payload, {
      name: 'Jan Enige',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    await createTherapist(payload, {
      name: 'Karin Inactief',
      regionId: scene.regionId,
      methods: [expertise.emdr],
      status: 'inactive',
    })
    const elsewhere = await createTherapist(payload, {
      name: 'Lotte Buur',
      regionId: scene.neighbourId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, only.memberId)
    await answerOffer(payload, env.client, only.user, offer.offerId, {
      answer: 'decline',
      reason: 'Past niet bij mijn aanbod.',
    })

    const state = await phaseIs(env.client, requestId, 'escalated')
    expect(state.escalation?.reason).toBe('exhausted')
    // Staff get every escalation of this file; find the one about this request.
    const mail = await eventually(
      async () =>
        (await mailsTo(staffEmail)).find((m) => m.text.includes(`/workflows/${matchingWorkflowId(requestId)}`)),
      15_000,
      'escalation mail',
    )
    expect(mail.subject).toMatch(/^Aanvraag vraagt aandacht/)
    expect(mail.text).toContain(`/admin/collections/requests/${requestId}`)
    const request = await payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true })
    expect(request).toMatchObject({
      status: 'escalated',
      escalation: { reason: 'exhausted', temporalLink: expect.stringContaining(matchingWorkflowId(requestId)) },
    })

    const notStaff = await staffAction(payload, env.client, scene.coordinator, requestId, {
      action: 'assign',
      memberId: elsewhere.memberId,
    })
    expect(notStaff).toMatchObject({ ok: false, status: 403 })
    const assigned = await staffAction(payload, env.client, staff, requestId, {
      action: 'assign',
      memberId: elsewhere.memberId,
    })
    expect(assigned).toMatchObject({
      ok: true,
      value: { phase: 'matched', match: { memberId: elsewhere.memberId, manual: true } },
    })
    expect(await matchesOf(payload, requestId)).toHaveLength(1)
    expect(await freeCases(payload, elsewhere.memberId)).toBe(1)
    await waitForMail(elsewhere.email, /Match bevestigd/)
  })

  it('escalation → staff widen the search to neighbouring regions → an offer goes there', async () => {
    const scene = await createScene(payload, 'widen')
    const neighbour = await createTherapist(payload, {
      name: 'Mila Buurregio',
      regionId: scene.neighbourId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    await phaseIs(env.client, requestId, 'escalated')

    const widened = await staffAction(payload, env.client, staff, requestId, {
      action: 'widen',
      regionPolicy: 'neighbours',
    })
    expect(widened.ok).toBe(true)
    const offer = await offerFor(env.client, requestId, neighbour.memberId)
    expect(offer.reasons).toContain('buurregio van Haarlem widen')
  })

  it('cancel mid-negotiation: open offers withdrawn, therapists told, later answers refused', async () => {
    const scene = await createScene(payload, 'cancel')
    const therapist = await createTherapist(payload, {
      name: 'Nina Open',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, therapist.memberId)

    const cancelled = await cancelRequest(payload, env.client, scene.coordinator, requestId, {
      reason: 'Gezin is verhuisd.',
    })
    expect(cancelled).toMatchObject({ ok: true, value: { phase: 'cancelled' } })
    expect((await payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true })).status).toBe(
      'cancelled',
    )
    expect((await payload.findByID({ collection: 'offers', id: offer.offerId, overrideAccess: true })).status).toBe(
      'withdrawn',
    )
    await waitForMail(therapist.email, /Aanvraag ingetrokken/)
    const late = await accept(therapist.user, offer.offerId)
    expect(late.ok).toBe(false)
    expect(await matchesOf(payload, requestId)).toHaveLength(0)
  })

  it('two therapists accept in the same instant and two confirms race: exactly one match, capacity taken once', async () => {
    await setMatchingSettings(payload, { parallelOffers: 2 })
    try {
      const scene = await createScene(payload, 'race')
      const a = await createTherapist(payload, {
        name: 'Olaf Snel',
        regionId: scene.regionId,
        methods: [expertise.emdr],
      })
      const b = await createTherapist(payload, {
        name: 'Pien Ook',
        regionId: scene.regionId,
        methods: [expertise.emdr],
      })
      const { requestId } = await submit(payload, env.client, scene, expertise)
      const [offerA, offerB] = await Promise.all([
        offerFor(env.client, requestId, a.memberId),
        offerFor(env.client, requestId, b.memberId),
      ])

      const answers = await Promise.all([accept(a.user, offerA.offerId), accept(b.user, offerB.offerId)])
      expect(answers.every((answer) => answer.ok)).toBe(true)
      const confirms = await Promise.all([
        confirmOffer(payload, env.client, scene.coordinator, requestId, {
          offerId: offerA.offerId,
          decision: 'confirm',
        }),
        confirmOffer(payload, env.client, scene.coordinator, requestId, {
          offerId: offerB.offerId,
          decision: 'confirm',
        }),
      ])
      expect(confirms.filter((c) => c.ok)).toHaveLength(1)
      expect(confirms.find((c) => !c.ok)).toMatchObject({ status: 409 })
      const matches = await matchesOf(payload, requestId)
      expect(matches).toHaveLength(1)
      const winner = matches[0]!.member === a.memberId ? a : b
      const loser = winner === a ? b : a
      expect(await freeCases(payload, winner.memberId)).toBe(1)
      expect(await freeCases(payload, loser.memberId)).toBe(2)
      await waitForMail(loser.email, /Aanvraag ingetrokken/)

      // A retried or duplicated activity (worker died after the write) changes nothing.
      const activities = createMatchingActivities(payload)
      const replays = await Promise.all([
        activities.recordMatch({ requestId, memberId: winner.memberId, by: String(staff.id), manual: false }),
        activities.recordMatch({ requestId, memberId: winner.memberId, by: String(staff.id), manual: false }),
        activities.recordMatch({ requestId, memberId: loser.memberId, by: String(staff.id), manual: false }),
      ])
      expect(replays.map((r) => r.outcome)).toEqual(['matched', 'matched', 'already-matched'])
      expect(await matchesOf(payload, requestId)).toHaveLength(1)
      expect(await freeCases(payload, winner.memberId)).toBe(1)
      expect(await freeCases(payload, loser.memberId)).toBe(2)
    } finally {
      await setMatchingSettings(payload, { parallelOffers: 1 })
    }
  })

  it('recordMatch under concurrency without a workflow: one match and one place taken, the others give theirs back', async () => {
    const scene = await createScene(payload, 'activity-race')
    const therapists = await Promise.all(
      ['Quinten', 'Roos', 'Sem', 'Tess'].map((name) => createTherapist(payload, { name, regionId: scene.regionId })),
    )
    const request = await payload.create({
      collection: 'requests',
      data: {
        title: 'Race',
        organisation: scene.organisationId,
        kind: 'case',
        region: scene.regionId,
        urgency: 'normal',
        status: 'matching',
      },
      overrideAccess: true,
    })
    const activities = createMatchingActivities(payload)
    const outcomes = await Promise.all(
      therapists
        .flatMap((t) => [t, t])
        .map((t) =>
          activities.recordMatch({
            requestId: String(request.id),
            memberId: t.memberId,
            by: String(staff.id),
            manual: true,
          }),
        ),
    )
    const matches = await matchesOf(payload, String(request.id))
    expect(matches).toHaveLength(1)
    expect(outcomes.filter((o) => o.outcome === 'matched')).toHaveLength(2)
    const places = await Promise.all(therapists.map((t) => freeCases(payload, t.memberId)))
    expect(places.sort()).toEqual([1, 2, 2, 2])
  })

  it('a therapist cannot answer another therapist’s offer (validator refuses the member passed in from the edge)', async () => {
    const scene = await createScene(payload, 'not-yours')
    const offered = await createTherapist(payload, {
      name: 'Umar Gekozen',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const intruder = await createTherapist(payload, { name: 'Vera Anders', regionId: scene.regionId })
    const { requestId, handle } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, offered.memberId)

    const viaEdge = await accept(intruder.user, offer.offerId)
    expect(viaEdge).toMatchObject({ ok: false, status: 403, message: expect.stringContaining('niet aan jou') })
    await expect(
      handle.executeUpdate(answerOfferUpdate, {
        args: [{ offerId: offer.offerId, memberId: intruder.memberId, answer: 'accept' }],
      }),
    ).rejects.toMatchObject({ cause: { message: expect.stringContaining('niet aan jou') } })
    expect((await payload.findByID({ collection: 'offers', id: offer.offerId, overrideAccess: true })).status).toBe(
      'open',
    )
    expect((await accept(offered.user, offer.offerId)).ok).toBe(true)
  })

  it('coordinator does not confirm: a reminder at half the confirmation time, escalation to staff at the deadline', async () => {
    const scene = await createScene(payload, 'no-confirm')
    const therapist = await createTherapist(payload, {
      name: 'Xena Wacht',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    const offer = await offerFor(env.client, requestId, therapist.memberId)
    await accept(therapist.user, offer.offerId)

    await env.sleep('25 hours')
    await waitForMail(scene.coordinatorEmail, /Herinnering: bevestig Xena Wacht/)
    await env.sleep('24 hours')
    const state = await phaseIs(env.client, requestId, 'escalated')
    expect(state.escalation?.reason).toBe('confirmation-timeout')
    // Staff escalation does not take the choice away: the coordinator can still confirm.
    const confirmed = await confirmOffer(payload, env.client, scene.coordinator, requestId, {
      offerId: offer.offerId,
      decision: 'confirm',
    })
    expect(confirmed.ok).toBe(true)
    expect(await matchesOf(payload, requestId)).toHaveLength(1)
  })

  it('overall deadline passed while offers keep expiring → escalation with reason "deadline"', async () => {
    await setMatchingSettings(payload, { overallDeadlineHours: 60 })
    try {
      const scene = await createScene(payload, 'overall')
      const therapists = await Promise.all(
        ['Yvo', 'Zara', 'Abel'].map((name) =>
          createTherapist(payload, { name, regionId: scene.regionId, methods: [expertise.emdr] }),
        ),
      )
      const { requestId } = await submit(payload, env.client, scene, expertise)
      expect(therapists).toHaveLength(3)
      const offersNow = async () =>
        (await env.client.workflow.getHandle(matchingWorkflowId(requestId)).query(matchingStateQuery)).offers.length
      await eventually(async () => (await offersNow()) === 1, 15_000, 'first offer')
      await env.sleep('49 hours')
      await eventually(async () => (await offersNow()) === 2, 15_000, 'second offer')
      await env.sleep('12 hours')
      const state = await phaseIs(env.client, requestId, 'escalated')
      expect(state.escalation?.reason).toBe('deadline')
      expect(
        (await payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true })).escalation?.reason,
      ).toBe('deadline')
    } finally {
      await setMatchingSettings(payload, { overallDeadlineHours: 336 })
    }
  })

  it('starting twice is harmless: one run, one offer mail', async () => {
    const scene = await createScene(payload, 'twice')
    const therapist = await createTherapist(payload, {
      name: 'Wim Eenmaal',
      regionId: scene.regionId,
      methods: [expertise.emdr],
    })
    const { requestId } = await submit(payload, env.client, scene, expertise)
    expect(await startMatching(requestId, env.client)).toEqual({
      workflowId: matchingWorkflowId(requestId),
      alreadyRunning: true,
    })
    await offerFor(env.client, requestId, therapist.memberId)
    await waitForMail(therapist.email, /Nieuwe aanvraag/)
    const offers = await payload.find({
      collection: 'offers',
      where: { request: { equals: requestId } },
      overrideAccess: true,
    })
    expect(offers.docs).toHaveLength(1)
    expect(await mailsTo(therapist.email)).toHaveLength(1)
  })
})
