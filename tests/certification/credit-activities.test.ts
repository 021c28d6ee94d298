import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { addCreditActivity } from '../../cms/endpoints/credits/addActivity'
import { decideCreditActivity } from '../../cms/endpoints/credits/decideActivity'
import { idsOf } from '../../src/domain/ids'
import { renewalLedger } from '../../src/store/renewalLedger'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { mailsTo, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'

/**
 * The renewal credits ledger on the real database: who adds, reads and decides activities
 * (Payload's access rules, overrideAccess: false), and what reaches the ledger — approved
 * activities, trainings done on the platform, group sessions attended (and withdrawn).
 */
type User = Awaited<ReturnType<typeof createUser>> & { collection: 'users' }
let payload: Payload
const users = {} as Record<'holder' | 'other' | 'trainer' | 'otherTrainer' | 'staff' | 'trainerHolder', User>
const ids = {} as Record<string, string>
const as = (user: User) => ({ overrideAccess: false, user }) as const
let serial = 0

const activity = (certificate: string, extra: Record<string, unknown> = {}) => ({
  certificate,
  title: 'Congres traumabehandeling',
  date: new Date(Date.now() - 86_400_000).toISOString(),
  credits: 6,
  description: 'Twee dagen congres over traumabehandeling bij kinderen.',
  proofUrl: 'https://example.test/bewijs.pdf',
  ...extra,
})
async function certificate(memberId: string, trainingId: string, issuedAt = new Date(Date.now() - 30 * 86_400_000)) {
  const validUntil = new Date(issuedAt)
  validUntil.setUTCFullYear(validUntil.getUTCFullYear() + 5)
  return String(
    (
      await payload.create({
        collection: 'certificates',
        data: {
          number: `DT-TEST-2026-C${++serial}`,
          member: memberId,
          training: trainingId,
          issuedAt: issuedAt.toISOString(),
          validUntil: validUntil.toISOString(),
          status: 'valid',
        },
        overrideAccess: true,
      })
    ).id,
  )
}
const added = async (user: User, body: Record<string, unknown>) => {
  const result = await addCreditActivity(payload, user, body)
  if (!result.ok) throw new Error(`add failed: ${result.status} ${result.message}`)
  return result.value.id
}
const stored = (id: string) => payload.findByID({ collection: 'credit-activities', id, depth: 0, overrideAccess: true })

beforeAll(async () => {
  payload = await testPayload()
  ids.region = String((await createRegion(payload)).id)
  const user = async (name: keyof typeof users, roles: Parameters<typeof createUser>[1]) => {
    users[name] = { ...(await createUser(payload, roles)), collection: 'users' }
  }
  await user('holder', ['therapist'])
  await user('other', ['therapist'])
  await user('trainer', ['trainer'])
  await user('otherTrainer', ['trainer'])
  await user('staff', ['admin'])
  await user('trainerHolder', ['trainer', 'therapist'])
  ids.holder = String((await createMember(payload, String(users.holder.id), ids.region)).id)
  ids.other = String((await createMember(payload, String(users.other.id), ids.region)).id)
  ids.trainerHolder = String((await createMember(payload, String(users.trainerHolder.id), ids.region)).id)
  const training = (trainers: (string | number)[], creditHours = 0) =>
    payload
      .create({
        collection: 'trainings',
        data: {
          title: `Opleiding ${++serial}`,
          summary: 'Basis',
          format: 'online',
          capacity: 10,
          trainers: trainers.map(String),
          renewalCredits: 50,
          validityYears: 5,
          creditHours,
        },
        overrideAccess: true,
      })
      .then((doc) => String(doc.id))
  ids.training = await training([users.trainer.id, users.trainerHolder.id])
  ids.certificate = await certificate(ids.holder, ids.training)
  ids.ownCertificate = await certificate(ids.trainerHolder, ids.training)
  ids.otherTraining = await training([users.otherTrainer.id], 24)
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

describe('credit activities: who adds, reads and decides', () => {
  it('the holder adds one; it waits, and holder, member and training come from the certificate, not the body', async () => {
    const id = await added(users.holder, activity(ids.certificate))
    const doc = await stored(id)
    expect(doc).toMatchObject({ status: 'pending', member: ids.holder, training: ids.training })
    // Through Payload directly too: what the holder sends for status or member is dropped.
    const direct = await payload.create({
      collection: 'credit-activities',
      data: { ...activity(ids.certificate), status: 'approved', member: ids.other } as never,
      ...as(users.holder),
    })
    expect(await stored(String(direct.id))).toMatchObject({ status: 'pending', member: ids.holder })
  })

  it("another therapist cannot add to someone's certificate, nor read their activities", async () => {
    const before = (await payload.count({ collection: 'credit-activities', overrideAccess: true })).totalDocs
    expect(await addCreditActivity(payload, users.other, activity(ids.certificate))).toMatchObject({
      ok: false,
      status: 403,
    })
    expect((await payload.count({ collection: 'credit-activities', overrideAccess: true })).totalDocs).toBe(before)
    const id = await added(users.holder, activity(ids.certificate))
    await expect(payload.findByID({ collection: 'credit-activities', id, ...as(users.other) })).rejects.toMatchObject({
      status: 404,
    })
    const listed = await payload.find({ collection: 'credit-activities', ...as(users.other) })
    expect(listed.docs).toHaveLength(0)
    expect(
      (await payload.find({ collection: 'credit-activities', ...as(users.otherTrainer) })).docs.map((d) => d.id),
    ).not.toContain(id)
    // The trainer of the certificate's training reads it.
    expect((await payload.findByID({ collection: 'credit-activities', id, ...as(users.trainer) })).id).toBe(id)
  })

  it('bad input gets Dutch messages per field and writes nothing', async () => {
    const result = await addCreditActivity(
      payload,
      users.holder,
      activity(ids.certificate, { credits: 0, proofUrl: 'geen link', description: 'kort' }),
    )
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: {
        credits: 'Geef minstens een half punt.',
        proofUrl: 'Geef een link die met https:// begint.',
        description: 'Beschrijf in minstens 10 tekens wat je deed en wat je ervan meenam.',
      },
    })
  })

  it('an activity before the cycle is refused at its date, in Dutch, and not stored', async () => {
    const before = (await payload.count({ collection: 'credit-activities', overrideAccess: true })).totalDocs
    const result = await addCreditActivity(
      payload,
      users.holder,
      activity(ids.certificate, { date: new Date(Date.now() - 60 * 86_400_000).toISOString() }),
    )
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { date: expect.stringMatching(/^Kies een datum in deze ronde: van \d+ \w+ \d{4} tot en met/) },
    })
    expect((await payload.count({ collection: 'credit-activities', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('a therapist cannot approve their own, nor can a trainer who is the holder; nobody writes a decision through Payload', async () => {
    const id = await added(users.holder, activity(ids.certificate))
    expect(await decideCreditActivity(payload, users.holder, id, { decision: 'approve' })).toMatchObject({
      ok: false,
      status: 404,
    })
    const own = await added(users.trainerHolder, activity(ids.ownCertificate))
    expect(await decideCreditActivity(payload, users.trainerHolder, own, { decision: 'approve' })).toMatchObject({
      ok: false,
      status: 403,
    })
    await expect(
      payload.update({ collection: 'credit-activities', id, data: { status: 'approved' }, ...as(users.staff) }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await stored(id)).status).toBe('pending')
    expect((await stored(own)).status).toBe('pending')
  })

  it('the trainer of the training approves (who and when set, audited); a second decision is refused', async () => {
    const id = await added(users.holder, activity(ids.certificate))
    expect(await decideCreditActivity(payload, users.otherTrainer, id, { decision: 'approve' })).toMatchObject({
      ok: false,
      status: 404,
    })
    expect(await decideCreditActivity(payload, users.trainer, id, { decision: 'approve' })).toEqual({
      ok: true,
      value: { id, status: 'approved' },
    })
    const doc = await stored(id)
    expect(doc).toMatchObject({ status: 'approved', decidedBy: String(users.trainer.id) })
    expect(Date.parse(doc.decidedAt!)).toBeGreaterThan(Date.now() - 60_000)
    expect(
      await decideCreditActivity(payload, users.staff, id, { decision: 'reject', reason: 'Toch geen bewijs.' }),
    ).toMatchObject({ ok: false, status: 409 })
    const mail = await waitForMail(users.holder.email, /^Nascholing goedgekeurd: Congres traumabehandeling$/)
    expect(mail.text).toContain('telt mee voor je herregistratie: 6 punten.')
    expect(mail.text).toContain('/mijn-certificaten/')
    const audit = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: id } },
      overrideAccess: true,
    })
    expect(audit.docs.map((d) => [d.action, d.actorLabel])).toEqual(
      expect.arrayContaining([
        ['create', users.holder.email],
        ['update', users.trainer.email],
      ]),
    )
  })

  it('a trainer and staff deciding at the same moment give one decision and one refusal', async () => {
    const id = await added(users.holder, activity(ids.certificate))
    const answers = await Promise.all([
      decideCreditActivity(payload, users.trainer, id, { decision: 'approve' }),
      decideCreditActivity(payload, users.staff, id, { decision: 'reject', reason: 'Geen bewijs van deelname.' }),
    ])
    expect(answers.map((answer) => answer.ok).sort()).toEqual([false, true])
    expect(answers.find((answer) => !answer.ok)).toMatchObject({ status: 409 })
    const decided = answers.find((answer) => answer.ok) as { value: { status: string } }
    expect((await stored(id)).status).toBe(decided.value.status)
  })

  it('a rejection needs a reason of 10 characters or more; staff reject with one', async () => {
    const id = await added(users.holder, activity(ids.certificate))
    expect(await decideCreditActivity(payload, users.staff, id, { decision: 'reject', reason: 'nee' })).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringContaining('minstens 10 tekens'),
    })
    expect((await stored(id)).status).toBe('pending')
    await decideCreditActivity(payload, users.staff, id, { decision: 'reject', reason: 'Geen bewijs van deelname.' })
    expect(await stored(id)).toMatchObject({ status: 'rejected', decisionReason: 'Geen bewijs van deelname.' })
    const mails = await mailsTo(users.holder.email)
    expect(mails.find((m) => /^Nascholing afgewezen/.test(m.subject))?.text).toContain(
      'Reden: Geen bewijs van deelname.',
    )
  })
})

describe('the ledger', () => {
  it('counts approved activities, other trainings done and group sessions attended; pending apart, rejected not', async () => {
    const user = { ...(await createUser(payload, ['therapist'])), collection: 'users' as const }
    const member = String((await createMember(payload, String(user.id), ids.region)).id)
    const cert = await certificate(member, ids.training)
    const approve = async (credits: number) => {
      const id = await added(user, activity(cert, { credits }))
      await decideCreditActivity(payload, users.trainer, id, { decision: 'approve' })
    }
    await approve(8)
    await added(user, activity(cert, { credits: 3 }))
    const rejected = await added(user, activity(cert, { credits: 20 }))
    await decideCreditActivity(payload, users.trainer, rejected, {
      decision: 'reject',
      reason: 'Dit was geen nascholing.',
    })
    // Another training finished on the platform in this cycle (24 credit hours), one before it does not count.
    await certificate(member, ids.otherTraining, new Date(Date.now() - 86_400_000))
    await certificate(member, ids.otherTraining, new Date(Date.now() - 400 * 86_400_000))

    const ledger = (await renewalLedger(payload, cert))!
    expect(ledger.required).toBe(50)
    expect(ledger.totals).toMatchObject({ approved: 32, pending: 3, byKind: { activity: 8, training: 24 } })
    expect(ledger.percent).toBe(64)
    expect(ledger.entries.find((e) => e.status === 'rejected')).toMatchObject({
      credits: 20,
      reason: 'Dit was geen nascholing.',
    })
  })

  it('supervision hours from a group document reach the ledger, and withdrawn attendance leaves it', async () => {
    const user = { ...(await createUser(payload, ['therapist'])), collection: 'users' as const }
    const member = String((await createMember(payload, String(user.id), ids.region)).id)
    const cert = await certificate(member, ids.training)
    const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
    const group = await payload.create({
      collection: 'groups',
      data: {
        name: 'Supervisiegroep Noord',
        kind: 'supervision',
        region: ids.region,
        theme: 'EMDR',
        status: 'running',
        members: [member, ids.other],
        formationRef: `pool-${++serial}`,
        sessions: [
          { startsAt: at(20), durationMinutes: 90, present: [member, ids.other] },
          { startsAt: at(6), durationMinutes: 120, present: [member] },
          { startsAt: at(5), durationMinutes: 150, present: [ids.other] },
          // Before the certificate: another cycle.
          { startsAt: at(60), durationMinutes: 60, present: [member] },
        ],
      },
      overrideAccess: true,
    })
    const supervision = async () => (await renewalLedger(payload, cert))!.totals.byKind.supervision
    expect(await supervision()).toBe(3.5)
    const sessions = group.sessions!.map((s, index) => ({
      ...s,
      present: index === 1 ? [] : idsOf(s.present),
    }))
    await payload.update({ collection: 'groups', id: group.id, data: { sessions }, overrideAccess: true })
    expect(await supervision()).toBe(1.5)
    // Reading twice counts nothing twice.
    expect(await supervision()).toBe(1.5)

    // Someone who dropped out of a group (no longer in `members`) keeps the hours they attended.
    const former = await payload.create({
      collection: 'groups',
      data: {
        name: 'Intervisiegroep Zuid',
        kind: 'intervision',
        region: ids.region,
        theme: 'Gehechtheid',
        status: 'running',
        members: [ids.other],
        formationRef: `pool-${++serial}`,
        sessions: [{ startsAt: at(10), durationMinutes: 90, present: [member, ids.other] }],
      },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'group-signups',
      data: {
        member,
        kind: 'intervision',
        region: ids.region,
        theme: 'Gehechtheid',
        status: 'dropped-out',
        formationWorkflowId: `pool-${serial}`,
        group: former.id,
      },
      overrideAccess: true,
    })
    const ledger = (await renewalLedger(payload, cert))!
    expect(ledger.totals.byKind).toMatchObject({ supervision: 1.5, intervision: 1.5 })
    expect(ledger.entries.map((e) => e.description)).toEqual(
      expect.arrayContaining(['Supervisiegroep Noord', 'Intervisiegroep Zuid']),
    )
  })
})
