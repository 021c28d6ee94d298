/**
 * `npm run bench -- readAudit`: what logging reads costs (issue 12 §5). A coordinator lists
 * 50 requests of their organisation through Payload's REST handler (`handleEndpoints`, what
 * the Next route hands /api to) with the access log on — 50 entries per list, one insertMany —
 * and with the hook taken off the collection, interleaved so all see the same warm caches; and,
 * to show what the batch saves, with the same hook called per document (50 inserts in a row).
 * ratio = p50(with logging) / p50(without); per_document_ratio the same for the per-document variant.
 */
import { type CollectionAfterOperationHook, getPayload, handleEndpoints } from 'payload'
import config from '../cms/payload.config'
import type { BenchResult } from './run'
import { round } from './lib'

const REQUESTS = 50
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40)
const PASSWORD = 'bench-wachtwoord-123'
const log = (line: string) => console.log(`  bench readAudit: ${line}`)
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(p * (values.length - 1))]!

export default async function readAuditBenchmark(): Promise<BenchResult> {
  const payload = await getPayload({ config })
  const region = await payload.create({
    collection: 'regions',
    data: { name: 'Regio bench', slug: 'bench', centrumgemeente: 'bench' },
    overrideAccess: true,
  })
  const organisation = await payload.create({
    collection: 'organisations',
    data: { name: 'Opvang bench', type: 'vrouwenopvang', regions: [region.id] },
    overrideAccess: true,
  })
  const email = 'coordinator@bench.test'
  await payload.create({
    collection: 'users',
    data: { name: 'Coördinator', email, password: PASSWORD, roles: ['coordinator'], organisation: organisation.id },
    overrideAccess: true,
  })
  for (let i = 0; i < REQUESTS; i++)
    await payload.create({
      collection: 'requests',
      data: {
        title: `Aanvraag ${i + 1}`,
        organisation: organisation.id,
        kind: 'case',
        region: region.id,
        urgency: 'normal',
        status: 'matching',
        context: 'Een gezin in de opvang zoekt traumabehandeling voor het kind.',
      },
      overrideAccess: true,
    })
  log(`${REQUESTS} requests seeded`)

  const api = (path: string, init: RequestInit = {}) =>
    handleEndpoints({ config, request: new Request(`http://localhost${path}`, init) })
  const login = await api('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const list = async () => {
    const started = performance.now()
    const response = await api(`/api/requests?depth=0&limit=${REQUESTS}`, {
      headers: { authorization: `JWT ${token}` },
    })
    const body = (await response.json()) as { docs: unknown[] }
    if (response.status !== 200 || body.docs.length !== REQUESTS)
      throw new Error(`list answered ${response.status} with ${body.docs?.length} docs`)
    return performance.now() - started
  }

  const hooks = payload.collections.requests.config.hooks
  const [logReads] = hooks.afterOperation as CollectionAfterOperationHook[]
  // For comparison: the same hook called once per document of the list, i.e. 50 inserts in a row.
  const perDocument: CollectionAfterOperationHook = async (args) => {
    if (args.operation !== 'find') return logReads!(args)
    for (const doc of args.result.docs)
      await logReads!({ ...args, operation: 'findByID', args: args.args, result: doc } as never)
    return args.result
  }
  const MODES = { batch: [logReads!], none: [], perDocument: [perDocument] } as const
  const times = { batch: [] as number[], none: [] as number[], perDocument: [] as number[] }
  for (let i = 0; i < 3; i++) await list() // warm-up: compile, caches
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate which mode goes first, so none always follows another's writes.
    const order = (['batch', 'none', 'perDocument'] as const).map((_, i, all) => all[(i + round) % all.length]!)
    for (const mode of order) {
      hooks.afterOperation = [...MODES[mode]]
      times[mode].push(await list())
    }
  }
  hooks.afterOperation = [logReads!]
  const entries = (await payload.count({ collection: 'access-log', overrideAccess: true })).totalDocs
  const p50 = {
    batch: percentile(times.batch, 0.5),
    none: percentile(times.none, 0.5),
    perDocument: percentile(times.perDocument, 0.5),
  }
  const p95 = {
    batch: percentile(times.batch, 0.95),
    none: percentile(times.none, 0.95),
    perDocument: percentile(times.perDocument, 0.95),
  }
  log(
    `p50 logged ${round(p50.batch)} ms, not logged ${round(p50.none)} ms, one insert per document ${round(p50.perDocument)} ms; ${entries} entries`,
  )
  await payload.destroy()
  return {
    summary: {
      ratio: round(p50.batch / p50.none, 2),
      p50_with_ms: round(p50.batch),
      p50_without_ms: round(p50.none),
      per_document_ratio: round(p50.perDocument / p50.none, 2),
    },
    details: {
      requests_per_list: REQUESTS,
      rounds: ROUNDS,
      p95_with_ms: round(p95.batch),
      p95_without_ms: round(p95.none),
      p50_per_document_ms: round(p50.perDocument),
      p95_per_document_ms: round(p95.perDocument),
      access_log_entries: entries,
    },
  }
}
