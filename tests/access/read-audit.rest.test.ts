import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { createLocalReq, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { AccessLogReads } from '../../cms/components/AccessLogReads'
import config from '../../cms/payload.config'
import { readOnPortalPage } from '../../cms/hooks/accessLog/readRoute'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'
import { restClient } from './matrix/rest'
import { buildWorld, FACTORIES, type MatrixRole, PASSWORD, type World } from './matrix/world'

/**
 * Who saw what (issue 12 §5, NEN 7513) over real REST requests: reads by people of requests,
 * offers, matches, profiles and certificates land in the access log, one entry per document,
 * with who and the route; one's own profile and system reads do not; the log itself is
 * readable by staff only and written by nobody through the API.
 */
let payload: Payload
let server: RestServer
let world: World
let rest: ReturnType<typeof restClient>

type Entry = { actor: string; actorLabel: string; targetId: string; via: string; route: string }

/** The access-log entries of one document, read as the system (not logged itself). */
async function readsOf(collection: string, id: string): Promise<Entry[]> {
  const found = await payload.find({
    collection: 'access-log',
    where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: id } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs.map((doc) => ({
    actor: String(doc.actor),
    actorLabel: doc.actorLabel,
    targetId: doc.targetId,
    via: doc.via,
    route: doc.route,
  }))
}
const make = (collection: string, target: string) => FACTORIES[collection]![target]!.make(world)
const totalEntries = async () => (await payload.count({ collection: 'access-log', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  server = await startRestServer()
  world = await buildWorld(payload)
  rest = restClient(server)
  for (const role of ['therapist', 'coordinatorA', 'trainer', 'staff'] as const)
    await rest.login(role, world.users[role].email)
}, 120_000)

afterAll(async () => {
  await server?.stop()
  if (payload) await dropTestDatabase(payload)
})

describe('reads by people are logged', () => {
  it('a coordinator reading their organisation’s request by id: one entry with who and the route', async () => {
    const id = await make('requests', 'ofA')
    const answer = await rest.call('GET', `/api/requests/${id}?depth=0`, 'coordinatorA')
    expect(answer.status).toBe(200)
    expect(await readsOf('requests', id)).toEqual([
      {
        actor: world.users.coordinatorA.id,
        actorLabel: world.users.coordinatorA.email,
        targetId: id,
        via: 'by-id',
        route: `REST GET /api/requests/${id}`,
      },
    ])
  })

  it('a list: one entry per document shown', async () => {
    const ids = [await make('requests', 'ofA'), await make('requests', 'draftOfA'), await make('requests', 'ofB')]
    const query = ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')
    const answer = await rest.call('GET', `/api/requests?depth=0&${query}`, 'coordinatorA')
    expect(answer.status).toBe(200)
    expect((answer.json.docs ?? []).map((doc) => doc.id).sort()).toEqual([ids[0], ids[1]].sort())
    for (const id of ids.slice(0, 2))
      expect(await readsOf('requests', id)).toEqual([
        expect.objectContaining({ actor: world.users.coordinatorA.id, via: 'list', route: 'REST GET /api/requests' }),
      ])
    // Org B's request was not shown, so not read.
    expect(await readsOf('requests', ids[2]!)).toEqual([])
  })

  it('staff reading a therapist’s profile: an entry; the therapist reading their own: none', async () => {
    const before = await readsOf('members', world.ids.memberX!)
    expect((await rest.call('GET', `/api/members/${world.ids.memberX}?depth=0`, 'therapist')).status).toBe(200)
    expect(
      (await rest.call('GET', `/api/members?depth=0&where[user][equals]=${world.users.therapist.id}`, 'therapist'))
        .status,
    ).toBe(200)
    expect(await readsOf('members', world.ids.memberX!)).toEqual(before)

    expect((await rest.call('GET', `/api/members/${world.ids.memberX}?depth=0`, 'staff')).status).toBe(200)
    expect(await readsOf('members', world.ids.memberX!)).toEqual([
      ...before,
      expect.objectContaining({
        actor: world.users.staff.id,
        via: 'by-id',
        route: `REST GET /api/members/${world.ids.memberX}`,
      }),
    ])
  })

  it('a certificate: its holder’s reads are not logged, the trainer’s are', async () => {
    const id = await make('certificates', 'ofX')
    expect((await rest.call('GET', `/api/certificates/${id}?depth=0`, 'therapist')).status).toBe(200)
    expect(await readsOf('certificates', id)).toEqual([])
    expect((await rest.call('GET', `/api/certificates/${id}?depth=0`, 'trainer')).status).toBe(200)
    expect(await readsOf('certificates', id)).toEqual([expect.objectContaining({ actor: world.users.trainer.id })])
  })

  it('the offered therapist reading their offer (the family’s case in short) is logged, as are matches', async () => {
    const offer = await make('offers', 'ofX')
    const match = await make('matches', 'ofA')
    expect((await rest.call('GET', `/api/offers/${offer}?depth=0`, 'therapist')).status).toBe(200)
    expect((await rest.call('GET', `/api/matches?depth=0&where[id][equals]=${match}`, 'coordinatorA')).status).toBe(200)
    expect(await readsOf('offers', offer)).toEqual([expect.objectContaining({ actor: world.users.therapist.id })])
    expect(await readsOf('matches', match)).toEqual([
      expect.objectContaining({ actor: world.users.coordinatorA.id, via: 'list' }),
    ])
  })

  it('a relationship filled in (depth 1) is a read of that document too', async () => {
    const match = await make('matches', 'ofA')
    const stored = await payload.findByID({ collection: 'matches', id: match, depth: 0, overrideAccess: true })
    const request = String(stored.request)
    expect((await rest.call('GET', `/api/matches/${match}?depth=1`, 'coordinatorA')).status).toBe(200)
    expect(await readsOf('requests', request)).toEqual([
      expect.objectContaining({
        actor: world.users.coordinatorA.id,
        via: 'populated',
        route: `REST GET /api/matches/${match}`,
      }),
    ])
  })

  it('a portal page says which page read; the Local API with a user is still a person’s read', async () => {
    const id = await make('requests', 'ofA')
    const user = {
      ...(await payload.findByID({ collection: 'users', id: world.users.coordinatorA.id, overrideAccess: true })),
      collection: 'users' as const,
    }
    await payload.findByID({
      collection: 'requests',
      id,
      overrideAccess: false,
      user,
      ...readOnPortalPage(`/aanvragen/${id}`),
    })
    await payload.findByID({ collection: 'requests', id, overrideAccess: false, user })
    expect((await readsOf('requests', id)).map((entry) => entry.route).sort()).toEqual([
      'local',
      `portal /aanvragen/${id}`,
    ])
  })

  it('the admin’s edit view and GraphQL are named too', async () => {
    const id = await make('requests', 'ofA')
    const user = await payload.findByID({ collection: 'users', id: world.users.staff.id })
    // What the admin's server components do: the Local API on a request for the admin page.
    const page = `/admin/collections/requests/${id}`
    const req = await createLocalReq(
      { req: { url: `http://localhost${page}` }, user: { ...user, collection: 'users' } },
      payload,
    )
    await payload.findByID({ collection: 'requests', id, overrideAccess: false, req })
    // GraphQL has its own Next route (frontend/app/(payload)/api/graphql/route.ts): its handler, called as Next would.
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: world.users.staff.email, password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const graphQL = await GRAPHQL_POST(config)(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ query: `{ Request(id: "${id}") { id } }` }),
      }),
    )
    expect([graphQL.status, JSON.stringify(await graphQL.json())]).toEqual([
      200,
      JSON.stringify({ data: { Request: { id } } }),
    ])
    expect((await readsOf('requests', id)).map((entry) => entry.route).sort()).toEqual(['GraphQL', `admin ${page}`])
  })
})

describe('system reads are not person reads', () => {
  it('overrideAccess reads (workflow activities, access rules) leave no entry', async () => {
    const id = await make('requests', 'ofA')
    const before = await totalEntries()
    await payload.findByID({ collection: 'requests', id, overrideAccess: true })
    await payload.find({ collection: 'members', where: { user: { equals: world.users.therapist.id } } })
    await payload.find({ collection: 'offers', limit: 50 })
    // An access rule looking something up inside a person's request (memberIdOfUser): overrideAccess with a user.
    const user = {
      ...(await payload.findByID({ collection: 'users', id: world.users.staff.id })),
      collection: 'users' as const,
    }
    await payload.find({ collection: 'requests', where: { id: { equals: id } }, overrideAccess: true, user })
    expect(await totalEntries()).toBe(before)
    expect(await readsOf('requests', id)).toEqual([])
  })
})

describe('the access log is append-only and staff-only', () => {
  const ROLES: MatrixRole[] = ['anonymous', 'therapist', 'coordinatorA', 'trainer', 'staff']

  it('staff read it; anonymous, therapists, coordinators and trainers do not', async () => {
    const id = await make('requests', 'ofA')
    await rest.call('GET', `/api/requests/${id}?depth=0`, 'coordinatorA')
    const [entry] = await readsOf('requests', id)
    const entryId = String(
      (await payload.find({ collection: 'access-log', where: { targetId: { equals: id } }, overrideAccess: true }))
        .docs[0]!.id,
    )
    expect(entry).toBeDefined()
    for (const role of ROLES) {
      const list = await rest.call('GET', `/api/access-log?where[targetId][equals]=${id}`, role)
      const byId = await rest.call('GET', `/api/access-log/${entryId}`, role)
      if (role === 'staff') {
        expect([list.status, (list.json.docs ?? []).length, byId.status]).toEqual([200, 1, 200])
      } else {
        expect({ role, list: list.status, byId: byId.status }).toEqual({ role, list: 403, byId: 403 })
      }
    }
  })

  it('nobody, staff included, creates, changes or deletes an entry through REST', async () => {
    const id = await make('requests', 'ofA')
    await rest.call('GET', `/api/requests/${id}?depth=0`, 'coordinatorA')
    const entry = (
      await payload.find({ collection: 'access-log', where: { targetId: { equals: id } }, overrideAccess: true })
    ).docs[0]!
    for (const role of ROLES) {
      const before = await totalEntries()
      const body = { actorLabel: 'vervalst', targetCollection: 'requests', targetId: id, via: 'by-id', route: 'x' }
      const created = await rest.call('POST', '/api/access-log', role, body)
      const updated = await rest.call('PATCH', `/api/access-log/${entry.id}`, role, { actorLabel: 'vervalst' })
      const deleted = await rest.call('DELETE', `/api/access-log/${entry.id}`, role)
      expect({ role, statuses: [created.status, updated.status, deleted.status] }).toEqual({
        role,
        statuses: [403, 403, 403],
      })
      expect(await totalEntries()).toBe(before)
    }
    const after = await payload.findByID({ collection: 'access-log', id: entry.id, overrideAccess: true })
    expect([after.actorLabel, after.updatedAt]).toEqual([entry.actorLabel, entry.updatedAt])
  })
})

describe('staff see the reads of a document in the admin', () => {
  const sidebar = async (role: 'staff' | 'coordinatorA', id: string) => {
    const user = await payload.findByID({ collection: 'users', id: world.users[role].id })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    const element = await AccessLogReads({ id, collectionSlug: 'requests', req, i18n: req.i18n } as never)
    return element ? renderToStaticMarkup(element) : ''
  }

  it('the sidebar of a request lists who read it and links to its filtered log; others see nothing', async () => {
    const id = await make('requests', 'ofA')
    expect(await sidebar('staff', id)).toContain('Nog door niemand ingezien.')
    await rest.call('GET', `/api/requests/${id}?depth=0`, 'coordinatorA')
    const html = await sidebar('staff', id)
    expect(html).toContain(world.users.coordinatorA.email)
    expect(html).toContain(`REST GET /api/requests/${id}`)
    expect(html).toContain(
      `/admin/collections/access-log?where[targetCollection][equals]=requests&amp;where[targetId][equals]=${id}`,
    )
    expect(await sidebar('coordinatorA', id)).toBe('')
  })
})

describe('an unlogged read is refused (fails closed)', () => {
  it('when the entries cannot be written, the REST read answers 503 in Dutch and shows nothing', async () => {
    const id = await make('requests', 'ofA')
    // Fault injection, not a stand-in: the access log's model is gone for this one request.
    const models = (payload.db as unknown as { collections: Record<string, unknown> }).collections
    const model = models['access-log']
    delete models['access-log']
    try {
      const answer = await rest.call('GET', `/api/requests/${id}?depth=0`, 'coordinatorA')
      expect(answer.status).toBe(503)
      expect(JSON.stringify(answer.json)).toContain('de inzage kon niet worden vastgelegd')
      expect(JSON.stringify(answer.json)).not.toContain('Aanvraag awaiting-confirmation')
    } finally {
      models['access-log'] = model
    }
    expect((await rest.call('GET', `/api/requests/${id}?depth=0`, 'coordinatorA')).status).toBe(200)
  })
})
