import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Types } from 'mongoose'
import type { Payload } from 'payload'
import type { ResearchFigures } from '../../src/domain/researchFigures'
import { modelOf } from '../../src/store/modelOf'
import { restClient } from '../access/matrix/rest'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'
import { constraintsOf, peel, pinned } from '../unit/suppression/attack'

/**
 * The research export (issue 15 §3) against the real database over REST: seeded requests,
 * offers and matches give the right figures, nothing identifying leaves, a researcher and staff
 * may export, a therapist or coordinator may not, and each export is logged.
 */
let payload: Payload
let server: RestServer
let rest: ReturnType<typeof restClient>
const CONTEXT = 'Moeder en kind wonen sinds kort in de opvang; het kind slaapt slecht.'
const OUTCOME = 'De behandeling liep goed, het kind slaapt weer door.'
const users: Record<string, { id: string; email: string }> = {}
const SUBMITTED = Date.parse('2026-02-02T09:00:00Z')
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  payload = await testPayload()
  server = await startRestServer()
  rest = restClient(server)
  const noord = String((await createRegion(payload, 'noord')).id)
  const zuid = String((await createRegion(payload, 'zuid')).id)
  const organisation = String((await createOrganisation(payload, noord, 'Opvang Noord')).id)
  for (const [role, roles] of [
    ['researcher', ['researcher']],
    ['staff', ['admin']],
    ['therapist', ['therapist']],
  ] as const) {
    const user = await createUser(payload, [...roles])
    users[role] = { id: String(user.id), email: user.email }
  }
  const coordinator = await createUser(payload, ['coordinator'], { organisation })
  users.coordinator = { id: String(coordinator.id), email: coordinator.email }
  const member = String((await createMember(payload, users.therapist.id, noord)).id)
  // Noord: 15 requests in 2026-K1, offered after 1..15 days, the first 12 matched after 20 days,
  // 8 of which answered the follow-up (6 started). Zuid: 3 requests, never offered.
  const request = (region: string, i: number) =>
    payload.create({
      collection: 'requests',
      data: {
        title: `Aanvraag ${region === noord ? 'noord' : 'zuid'} ${i}`,
        organisation,
        kind: 'case',
        region,
        urgency: 'normal',
        status: 'matching',
        context: CONTEXT,
        submittedAt: new Date(SUBMITTED + i * 60_000).toISOString(),
      },
      overrideAccess: true,
    })
  for (let i = 1; i <= 15; i++) {
    const id = String((await request(noord, i)).id)
    const offer = await payload.create({
      collection: 'offers',
      data: { request: id, member, status: i <= 12 ? 'confirmed' : 'open' },
      overrideAccess: true,
    })
    // Made "i days after submission": the native collection, as mongoose keeps createdAt immutable.
    await modelOf(payload, 'offers').collection.updateOne(
      { _id: new Types.ObjectId(String(offer.id)) },
      { $set: { createdAt: new Date(SUBMITTED + i * DAY) } },
    )
    if (i > 12) continue
    await payload.create({
      collection: 'matches',
      data: {
        request: id,
        organisation,
        member,
        offer: String(offer.id),
        confirmedAt: new Date(SUBMITTED + i * 60_000 + 20 * DAY).toISOString(),
        followUp: i <= 8 ? { started: i <= 6, outcome: OUTCOME, answeredAt: '2026-03-30T10:00:00Z' } : {},
      },
      overrideAccess: true,
    })
  }
  for (let i = 1; i <= 3; i++) await request(zuid, i)
  for (const role of ['researcher', 'staff', 'therapist', 'coordinator'] as const)
    await rest.login(role as never, users[role].email)
}, 180_000)

afterAll(async () => {
  await server?.stop()
  if (payload) await dropTestDatabase(payload)
})

const PATH = '/api/research-exports/export?from=2026-K1&to=2026-K2'

describe('research export', () => {
  it('gives a researcher the right figures, suppressed so that nothing can be worked out', async () => {
    const answer = await rest.call('GET', `${PATH}&format=json`, 'researcher' as never)
    expect(answer.status).toBe(200)
    const figures = answer.json.figures as ResearchFigures
    expect(answer.json.quarters).toEqual(['2026-K1', '2026-K2'])
    // Times over the 15 offered requests: nearest rank, 8th and 14th of 1..15 days.
    // The number of cases is hidden where the offered/matched table hides it (18 − 3 here).
    expect(figures.timeToFirstOffer).toEqual([
      { quarter: '2026-K1', cases: figures.offered.cells[0][0], medianDays: 8, p90Days: 14 },
      { quarter: '2026-K2', cases: 0, medianDays: null, p90Days: null },
    ])
    expect(figures.offered.cells[0][0]).toBeNull()
    expect(figures.timeToMatch[0]).toEqual({ quarter: '2026-K1', cases: null, medianDays: 20, p90Days: 20 })
    // Zuid's 3 requests are hidden, and so is enough around them that 18 − 15 gives nothing.
    const byRegion = figures.requestsByRegion
    expect(byRegion.rows).toEqual(['Regio noord', 'Regio zuid'])
    expect(byRegion.cells[1][0]).toBeNull()
    expect(byRegion.cells.map((row) => row[1])).toEqual([0, 0])
    const tables = [
      figures.requestsByRegion,
      figures.requestsByKind,
      figures.requestsByTargetGroup,
      figures.offered,
      figures.followUp,
    ]
    expect(peel(constraintsOf(tables)).size).toBe(0)
    expect(pinned(constraintsOf(tables)).size).toBe(0)
    // A rate is shown only where both its counts are.
    const offered = figures.offered
    expect(figures.offerRate[0].percent).toBe(
      offered.cells[0][0] !== null && offered.columnTotals[0] !== null
        ? Math.round((100 * offered.cells[0][0]) / offered.columnTotals[0])
        : null,
    )
    // Follow-up, by the request's quarter: 6 started, 2 not, 4 not answered, 6 without a match:
    // all small, all hidden, and the match count read from them with them; never the text.
    expect(figures.followUp.rows).toEqual(['started', 'not-started', 'not-answered', 'geen match'])
    expect(figures.followUp.cells.map((row) => row[0])).toEqual([null, null, null, null])
    expect(figures.matched.cells.map((row) => row[0])).toEqual([null, null])
    expect(figures.followUp.columnTotals[0]).toBe(figures.requestsByRegion.columnTotals[0])
  })

  it('lets no free text, name, id, e-mail or day out, in JSON or CSV', async () => {
    const json = JSON.stringify((await rest.call('GET', `${PATH}&format=json`, 'researcher' as never)).json)
    const csv = String((await rest.call('GET', `${PATH}&format=csv`, 'staff' as never)).json.text)
    expect(csv.split('\n')[0]).toBe('figuur,rij,kwartaal,waarde')
    expect(csv).toContain('timeToFirstOffer,medianDays,2026-K1,8')
    expect(csv).toContain('requestsByRegion,Regio zuid,2026-K1,onderdrukt')
    for (const text of [json, csv]) {
      expect(text).not.toContain('Moeder')
      expect(text).not.toContain('slaapt')
      expect(text).not.toContain('Aanvraag')
      expect(text).not.toContain('Opvang')
      expect(text).not.toContain('Test ')
      expect(text).not.toMatch(/[0-9a-f]{24}/)
      expect(text).not.toMatch(/@/)
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    }
  })

  it('refuses a therapist and a coordinator (403), someone not logged in (401), a bad period (400)', async () => {
    const before = (await payload.count({ collection: 'research-exports', overrideAccess: true })).totalDocs
    for (const role of ['therapist', 'coordinator'] as const)
      expect((await rest.call('GET', `${PATH}&format=csv`, role as never)).status).toBe(403)
    expect((await rest.call('GET', `${PATH}&format=csv`, 'anonymous')).status).toBe(401)
    const bad = await rest.call(
      'GET',
      '/api/research-exports/export?from=2026-K3&to=2026-K1&format=csv',
      'researcher' as never,
    )
    expect(bad.status).toBe(400)
    expect(bad.json.message).toBe('Het eerste kwartaal ligt na het laatste.')
    expect((await payload.count({ collection: 'research-exports', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('logs every export (who, when, which figures), readable by staff only and changed by nobody', async () => {
    const before = (await payload.count({ collection: 'research-exports', overrideAccess: true })).totalDocs
    expect((await rest.call('GET', `${PATH}&format=csv`, 'researcher' as never)).status).toBe(200)
    const log = await payload.find({
      collection: 'research-exports',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(log.docs).toHaveLength(before + 1)
    const entry = log.docs.find((doc) => doc.format === 'csv' && String(doc.user) === users.researcher.id)!
    expect(entry).toMatchObject({ from: '2026-K1', to: '2026-K2' })
    expect(entry.figures).toContain('requestsByRegion')
    expect(entry.createdAt).toBeTruthy()
    expect((await rest.call('GET', '/api/research-exports', 'staff' as never)).json.docs!.length).toBe(before + 1)
    for (const role of ['researcher', 'therapist'] as const)
      expect((await rest.call('GET', '/api/research-exports', role as never)).status).toBe(403)
    expect(
      (await rest.call('PATCH', `/api/research-exports/${entry.id}`, 'staff' as never, { format: 'json' })).status,
    ).toBe(403)
    expect((await rest.call('DELETE', `/api/research-exports/${entry.id}`, 'staff' as never)).status).toBe(403)
  })
})
