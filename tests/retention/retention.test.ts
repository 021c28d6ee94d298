import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import { ANONYMISED_TITLE } from '../../src/domain/retention'
import { dueRequests } from '../../src/store/retention'
import { modelOf } from '../../src/store/modelOf'
import { researchFacts } from '../../src/store/researchFacts'
import { quarterOf } from '../../src/domain/researchFigures'
import { RETENTION_SCHEDULE_ID, ensureRetentionSchedule } from '../../workflows/retention/schedule'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { createTestWorker, devServerEnvironment, endRunsOnTaskQueue } from '../helpers/temporal'

/**
 * The nightly retention run on the real database and Temporal dev server: it anonymises exactly
 * the requests closed longer ago than the setting (with their offers' copies and the follow-up
 * answer), keeps what the research figures count, logs each, and a second run changes nothing.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let worker: Worker
let running: Promise<void>
const taskQueue = process.env.TEMPORAL_TASK_QUEUE!
const CONTEXT = 'Moeder en kind wonen sinds kort in de opvang; het kind slaapt slecht.'
const monthsAgo = (months: number) => {
  const date = new Date()
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString()
}
const ids: Record<string, string> = {}

beforeAll(async () => {
  payload = await testPayload()
  env = await devServerEnvironment()
  worker = await createTestWorker(env, payload, taskQueue)
  running = worker.run()
  await payload.updateGlobal({ slug: 'settings', data: { privacy: { retentionMonths: 12 } }, overrideAccess: true })
  const region = String((await createRegion(payload)).id)
  const organisation = String((await createOrganisation(payload, region)).id)
  const coordinator = String((await createUser(payload, ['coordinator'], { organisation })).id)
  const therapist = await createUser(payload, ['therapist'])
  const member = String((await createMember(payload, String(therapist.id), region, 'active')).id)
  const request = async (name: string, status: string, closedAt: string | null, submittedAt = monthsAgo(20)) => {
    const doc = await payload.create({
      collection: 'requests',
      data: {
        title: `Aanvraag ${name}`,
        organisation,
        createdBy: coordinator,
        kind: 'case',
        region,
        urgency: 'normal',
        status,
        submittedAt,
        context: CONTEXT,
        closedReason: status === 'matched' ? null : 'Geen behandelaar meer nodig volgens de coördinator.',
        ...(closedAt ? { closedAt } : {}),
      } as never,
      overrideAccess: true,
    })
    const offer = await payload.create({
      collection: 'offers',
      data: { request: doc.id, member, status: 'declined', summary: CONTEXT, declineReason: 'Geen plek tot de zomer.' },
      overrideAccess: true,
    })
    if (status === 'matched')
      await payload.create({
        collection: 'matches',
        data: {
          request: doc.id,
          organisation,
          member,
          offer: offer.id,
          confirmedAt: submittedAt,
          followUp: { started: true, outcome: 'Het gaat beter met het kind.', answeredAt: submittedAt },
        } as never,
        overrideAccess: true,
      })
    ids[name] = String(doc.id)
  }
  await request('matchedLongAgo', 'matched', monthsAgo(13))
  await request('cancelledLongAgo', 'cancelled', monthsAgo(18))
  await request('closedRecently', 'closed', monthsAgo(11))
  await request('openForYears', 'matching', null)
  // From before `closedAt` existed: its last change is the clock.
  await request('legacyClosed', 'closed', null)
  // Mongoose would stamp updatedAt with now on this update: timestamps off.
  await modelOf(payload, 'requests').updateOne(
    { _id: ids.legacyClosed },
    { $set: { updatedAt: new Date(monthsAgo(14)) } },
    { timestamps: false },
  )
}, 60_000)

afterAll(async () => {
  await env?.client.schedule
    .getHandle(RETENTION_SCHEDULE_ID)
    .delete()
    .catch(() => undefined)
  await endRunsOnTaskQueue(env.client)
  worker?.shutdown()
  await running
  await env?.teardown()
  await dropTestDatabase(payload)
})

const read = (collection: 'requests' | 'offers' | 'matches', where: Record<string, string>) =>
  modelOf(payload, collection).find(where).lean<Record<string, any>[]>()

const runRetention = async () => {
  await ensureRetentionSchedule(env.client, taskQueue)
  const handle = env.client.schedule.getHandle(RETENTION_SCHEDULE_ID)
  const before = (await handle.describe()).info.recentActions.length
  await handle.trigger()
  for (;;) {
    const actions = (await handle.describe()).info.recentActions
    if (actions.length > before)
      return env.client.workflow.getHandle(actions.at(-1)!.action.workflow.workflowId).result()
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('the retention run', () => {
  const old = ['matchedLongAgo', 'cancelledLongAgo', 'legacyClosed']

  it('previews exactly the requests closed longer ago than the setting', async () => {
    const due = await dueRequests(payload, new Date(), 12)
    expect(due.map((request) => request.id).sort()).toEqual(old.map((name) => ids[name]).sort())
    // Oldest first, for the staff preview.
    expect(due[0]!.id).toBe(ids.cancelledLongAgo)
  })

  it('anonymises those, their offers and follow-up, keeps the figures, logs each, and is harmless twice', async () => {
    const factsBefore = await researchFacts(payload, [quarterOf(monthsAgo(20))])
    expect(await runRetention()).toEqual({ due: 3, anonymised: 3 })

    for (const name of old) {
      const [request] = await read('requests', { _id: ids[name]! })
      expect(request).toMatchObject({ title: ANONYMISED_TITLE, kind: 'case', status: expect.any(String) })
      expect(request!.anonymisedAt).toBeInstanceOf(Date)
      for (const gone of ['context', 'closedReason', 'organisation', 'createdBy'])
        expect(request).not.toHaveProperty(gone)
      const [offer] = await read('offers', { request: ids[name]! })
      expect(offer).toMatchObject({ status: 'declined' })
      for (const gone of ['summary', 'reasons', 'declineReason']) expect(offer).not.toHaveProperty(gone)
      expect(offer!.member).toBeDefined()
    }
    const [match] = await read('matches', { request: ids.matchedLongAgo! })
    expect(match!.followUp).toMatchObject({ started: true })
    expect(match!.followUp).not.toHaveProperty('outcome')
    expect(match).not.toHaveProperty('organisation')

    for (const name of ['closedRecently', 'openForYears']) {
      const [request] = await read('requests', { _id: ids[name]! })
      expect(request).toMatchObject({ title: `Aanvraag ${name}`, context: CONTEXT })
      expect(request).not.toHaveProperty('anonymisedAt')
      expect((await read('offers', { request: ids[name]! }))[0]).toMatchObject({ summary: CONTEXT })
    }
    // The research figures count the same requests, offers, matches and follow-up as before.
    expect(await researchFacts(payload, [quarterOf(monthsAgo(20))])).toEqual(factsBefore)

    const logged = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'anonymise' } },
      pagination: false,
      overrideAccess: true,
    })
    expect(logged.docs.map((entry) => entry.targetId).sort()).toEqual(old.map((name) => ids[name]).sort())
    expect(logged.docs[0]).toMatchObject({ actorLabel: 'bewaartermijn', targetCollection: 'requests' })

    // The next night: nothing is due, nothing changes, nothing is logged again.
    expect(await runRetention()).toEqual({ due: 0, anonymised: 0 })
    expect(
      (
        await payload.count({
          collection: 'audit-log',
          where: { action: { equals: 'anonymise' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(3)
  }, 60_000)

  it('runs nightly at 03:30 Amsterdam time, created once however often workers start', async () => {
    expect(await ensureRetentionSchedule(env.client, taskQueue)).toBe('exists')
    const schedule = await env.client.schedule.getHandle(RETENTION_SCHEDULE_ID).describe()
    expect(schedule.spec.timezone).toBe('Europe/Amsterdam')
    expect(schedule.spec.calendars).toEqual([
      expect.objectContaining({ hour: [{ start: 3, end: 3, step: 1 }], minute: [{ start: 30, end: 30, step: 1 }] }),
    ])
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'retentionRun', taskQueue })
  })
})
