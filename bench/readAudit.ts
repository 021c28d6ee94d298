/**
 * `npm run bench -- readAudit`: what logging reads costs (issue 12 §5). A coordinator lists
 * 50 requests of their organisation through Payload's REST handler (`handleEndpoints`, what
 * the Next route hands /api to) with the access log on — 50 entries per list, one insertMany —
 * and with the hook taken off the collection, interleaved so both see the same warm caches.
 * ratio = p50(with logging) / p50(without).
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
  const logging = hooks.afterOperation as CollectionAfterOperationHook[]
  const setLogging = (on: boolean) => {
    hooks.afterOperation = on ? logging : []
  }
  const times = { with: [] as number[], without: [] as number[] }
  for (let i = 0; i < 3; i++) await list() // warm-up: compile, caches
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which mode goes first, so neither always follows the other's write.
    for (const on of round % 2 === 0 ? [true, false] : [false, true]) {
      setLogging(on)
      times[on ? 'with' : 'without'].push(await list())
    }
  }
  setLogging(true)
  const entries = (await payload.count({ collection: 'access-log', overrideAccess: true })).totalDocs
  const p50 = { with: percentile(times.with, 0.5), without: percentile(times.without, 0.5) }
  const p95 = { with: percentile(times.with, 0.95), without: percentile(times.without, 0.95) }
  log(`p50 with ${round(p50.with)} ms, without ${round(p50.without)} ms; ${entries} entries written`)
  await payload.destroy()
  return {
    summary: {
      ratio: round(p50.with / p50.without, 2),
      p50_with_ms: round(p50.with),
      p50_without_ms: round(p50.without),
    },
    details: {
      requests_per_list: REQUESTS,
      rounds: ROUNDS,
      p95_with_ms: round(p95.with),
      p95_without_ms: round(p95.without),
      access_log_entries: entries,
    },
  }
}
