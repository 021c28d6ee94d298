import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { endRunsOnTaskQueue } from '../helpers/temporal'
import { temporalClient } from '../../workflows/client'
import { type RestServer, startRestServer } from '../helpers/restServer'
import { actionCells } from './matrix/actionCells'
import { type Cell, DENIED, type MatrixContext } from './matrix/cells'
import { fieldReadCells, fieldWriteCells, prepareFieldTargets } from './matrix/fieldCells'
import { type Answer, restClient } from './matrix/rest'
import { MATRIX } from './matrix/table'
import { buildWorld, FACTORIES, type MatrixRole, pngBytes, ROLES, type World } from './matrix/world'

/**
 * The access matrix of issue 12 §3 over real REST requests: every role × every collection ×
 * create/read/update/delete, with cross-organisation and cross-therapist targets. The table is
 * matrix/table.ts; this file only drives it. A test fails with every cell that went otherwise,
 * e.g. "coordinatorB read requests/ofA: expected denied, got 200".
 */
let payload: Payload
let server: RestServer
let world: World
let rest: ReturnType<typeof restClient>
/** The shared documents the read cells look at, per collection and target. */
const fixture: Record<string, Record<string, string>> = {}

const CONCURRENCY = 3

beforeAll(async () => {
  payload = await testPayload()
  server = await startRestServer()
  world = await buildWorld(payload)
  rest = restClient(server)
  for (const role of ROLES) if (role !== 'anonymous') await rest.login(role, world.users[role].email)
  for (const [collection, targets] of Object.entries(FACTORIES)) {
    fixture[collection] = {}
    for (const [target, factory] of Object.entries(targets)) fixture[collection][target] = await factory.make(world)
  }
  world.ids.someTraining = fixture.trainings!.other!
  world.ids.someRequest = fixture.requests!.ofB!
}, 300_000)

afterAll(async () => {
  await server?.stop()
  if (payload) await dropTestDatabase(payload)
})

const allows = (who: readonly MatrixRole[] | undefined, role: MatrixRole) => Boolean(who?.includes(role))
const verdict = (allowed: boolean) => (allowed ? 'allowed' : 'denied')
const got = (answer: Answer) =>
  `${answer.status}${answer.status >= 400 ? ` ${JSON.stringify(answer.json).slice(0, 160)}` : ''}`
const stored = async (collection: string, id: string) =>
  (
    await payload.find({
      collection: collection as 'regions',
      where: { id: { equals: id } },
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
  ).docs[0] as unknown as Record<string, unknown> | undefined

/** The document a changing cell works on: its own copy when the target can be copied. */
async function targetFor(collection: string, target: string, allowed: boolean) {
  const factory = FACTORIES[collection]![target]!
  if (!factory.once) return factory.make(world)
  if (allowed) throw new Error(`${collection}/${target} is one account's document; the table cannot let it be deleted`)
  return fixture[collection]![target]!
}

function readCells(collection: string): Cell[] {
  const { read } = MATRIX[collection]!
  return ROLES.flatMap((role) =>
    Object.entries(read).map(([target, who]) => ({
      name: `${role} read ${collection}/${target}`,
      run: async () => {
        const id = fixture[collection]![target]!
        const answer = await rest.call('GET', `/api/${collection}/${id}?depth=0`, role)
        const allowed = answer.status === 200 && String(answer.json.id) === id
        if (allowed === allows(who, role)) return allowed || DENIED.includes(answer.status) ? null : got(answer)
        return got(answer)
      },
    })),
  )
}

function listCells(collection: string): Cell[] {
  const { read } = MATRIX[collection]!
  return ROLES.map((role) => ({
    name: `${role} list ${collection}`,
    run: async () => {
      const byId = new Map(Object.entries(fixture[collection]!).map(([target, id]) => [id, target]))
      const query = [...byId.keys()].map((id, index) => `where[id][in][${index}]=${id}`).join('&')
      const answer = await rest.call('GET', `/api/${collection}?depth=0&limit=100&${query}`, role)
      const expected = Object.keys(read).filter((target) => allows(read[target], role))
      if (answer.status !== 200) return expected.length === 0 && DENIED.includes(answer.status) ? null : got(answer)
      const seen = (answer.json.docs ?? []).map((doc) => byId.get(String(doc.id)) ?? `?${doc.id}`)
      return [...seen].sort().join(',') === [...expected].sort().join(',')
        ? null
        : `expected [${expected.join(', ')}], got [${seen.join(', ')}]`
    },
  }))
}

function updateCells(collection: string): Cell[] {
  const { read, update } = MATRIX[collection]!
  const targets = Object.keys(update.allowed).length > 0 ? Object.keys(update.allowed) : Object.keys(read)
  return ROLES.flatMap((role) =>
    targets.map((target) => ({
      name: `${role} update ${collection}/${target}`,
      shared: Boolean(FACTORIES[collection]![target]!.once),
      run: async () => {
        const expected = allows(update.allowed[target], role)
        const id = await targetFor(collection, target, false)
        const before = await stored(collection, id)
        const answer = await rest.call('PATCH', `/api/${collection}/${id}`, role, await update.body(world))
        if (expected) return answer.status === 200 ? null : got(answer)
        if (!DENIED.includes(answer.status)) return got(answer)
        const after = await stored(collection, id)
        return after?.updatedAt === before?.updatedAt ? null : `${answer.status}, but the document was written`
      },
    })),
  )
}

/** Deleting is tried on the targets that can be copied; the others belong to a role's own account. */
const copyable = (collection: string) =>
  Object.entries(FACTORIES[collection]!)
    .filter(([, factory]) => !factory.once)
    .map(([target]) => target)

function deleteCells(collection: string): Cell[] {
  const spec = MATRIX[collection]!
  return ROLES.flatMap((role) =>
    copyable(collection).map((target) => ({
      name: `${role} delete ${collection}/${target}`,
      run: async () => {
        const expected = allows(spec.delete[target], role)
        const id = await targetFor(collection, target, expected)
        const answer = await rest.call('DELETE', `/api/${collection}/${id}`, role)
        const gone = (await stored(collection, id)) === undefined
        if (expected) return answer.status === 200 && gone ? null : got(answer)
        if (!DENIED.includes(answer.status)) return got(answer)
        return gone ? `${answer.status}, but the document is gone` : null
      },
    })),
  )
}

async function createBody(collection: string, body: Record<string, unknown>) {
  if (collection !== 'media') return body
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await pngBytes())], { type: 'image/png' }), 'vlak.png')
  form.append('_payload', JSON.stringify(body))
  return form
}

function createCells(collection: string): Cell[] {
  return ROLES.flatMap((role) =>
    Object.entries(MATRIX[collection]!.create).map(([target, { body, allowed }]) => ({
      name: `${role} create ${collection}/${target}`,
      run: async () => {
        const expected = allows(allowed, role)
        const count = async () =>
          (await payload.count({ collection: collection as 'regions', overrideAccess: true })).totalDocs
        const before = await count()
        const answer = await rest.call(
          'POST',
          `/api/${collection}`,
          role,
          await createBody(collection, await body(world)),
        )
        if (expected) return answer.status === 201 ? null : got(answer)
        if (!DENIED.includes(answer.status)) return got(answer)
        return (await count()) === before ? null : `${answer.status}, but a document was written`
      },
    })),
  )
}

/** Runs cells a few at a time and returns every one that went otherwise than the table says. */
async function mismatches(cells: Cell[], sequential = false): Promise<string[]> {
  const found: string[] = []
  const queue = [...cells]
  const expectation = (name: string) => {
    const [role, action, where] = name.split(' ')
    const [collection, target] = where!.split('/')
    const spec = MATRIX[collection!]!
    if (action === 'list') return 'the table’s list'
    const who =
      action === 'read'
        ? spec.read[target!]
        : action === 'update'
          ? spec.update.allowed[target!]
          : action === 'delete'
            ? spec.delete[target!]
            : spec.create[target!]?.allowed
    return verdict(allows(who, role as MatrixRole))
  }
  const worker = async () => {
    for (let cell = queue.shift(); cell; cell = queue.shift()) {
      const problem = await cell.run().catch((error: unknown) => `threw ${String(error)}`)
      if (problem) found.push(`${cell.name}: expected ${cell.expected ?? expectation(cell.name)}, got ${problem}`)
    }
  }
  await Promise.all(Array.from({ length: sequential ? 1 : CONCURRENCY }, worker))
  return found.sort()
}

describe.each(Object.keys(MATRIX))('%s', (collection) => {
  it('read by id and in a list', async () => {
    expect(await mismatches([...readCells(collection), ...listCells(collection)])).toEqual([])
  }, 120_000)
  it('update', async () => {
    // A refused update is proven by an unchanged updatedAt, so cells on a shared document run one
    // at a time: an allowed update beside it (the owner's, staff's) looked like a write that got
    // through ("editor update supervisor-profiles/ofSupervisor: 403, but the document was written").
    const cells = updateCells(collection)
    const found = [
      ...(await mismatches(cells.filter((cell) => !cell.shared))),
      ...(await mismatches(
        cells.filter((cell) => cell.shared),
        true,
      )),
    ]
    expect(found).toEqual([])
  }, 120_000)
  it('delete', async () => {
    expect(await mismatches(deleteCells(collection))).toEqual([])
  }, 120_000)
  // One at a time: a refused create is checked by the collection's count.
  it('create', async () => {
    expect(await mismatches(createCells(collection), true)).toEqual([])
  }, 120_000)
})

/**
 * Runs the cells that work on copies a few at a time, beside them the cells of each shared
 * document one by one (a lane each), and last, alone, the shared cells without a lane: those
 * that count a collection or change an account's roles, which every other cell would disturb.
 */
async function mismatchesOf(cells: Cell[]) {
  const lanes = new Map<string, Cell[]>()
  for (const cell of cells.filter((one) => one.shared && one.lane))
    lanes.set(cell.lane!, [...(lanes.get(cell.lane!) ?? []), cell])
  const found = await Promise.all([
    mismatches(cells.filter((cell) => !cell.shared)),
    ...[...lanes.values()].map((lane) => mismatches(lane, true)),
  ])
  const alone = await mismatches(
    cells.filter((cell) => cell.shared && !cell.lane),
    true,
  )
  return [...found.flat(), ...alone].sort()
}

describe('sensitive fields', () => {
  let context: MatrixContext
  let targets: Record<string, Record<string, string>>
  beforeAll(async () => {
    context = { payload, world, rest, fixture }
    targets = await prepareFieldTargets(context)
  }, 60_000)
  it('read by id and in a list', async () => {
    expect(await mismatches(fieldReadCells(context, targets))).toEqual([])
  }, 120_000)
  it('a PATCH of only that field', async () => {
    expect(await mismatchesOf(fieldWriteCells(context))).toEqual([])
  }, 120_000)
})

describe('custom endpoints and workflow actions', () => {
  // Allowed submits, enrolments and sign-ups start runs; no worker serves them, and none outlives the file.
  afterAll(async () => endRunsOnTaskQueue(await temporalClient()), 60_000)
  it('refused at the edge, or let through', async () => {
    expect(await mismatchesOf(actionCells({ payload, world, rest, fixture }))).toEqual([])
  }, 180_000)
})
