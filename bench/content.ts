/**
 * `npm run bench -- content`: the Kennisbank under 50 concurrent clients, against
 * the real web process (Express + Next.js + Payload, production build) on the bench
 * database. Three targets, same collection, same database:
 *   rest  — Payload's plain REST list  GET /api/articles?limit=10&depth=0 (baseline)
 *   api   — the Kennisbank list endpoint GET /api/articles/kennisbank?q=…&thema=… (Dutch stems, filters, access)
 *   page  — the server-rendered page    GET /kennisbank?q=…&thema=…
 * api_ratio = p95(api) / p95(rest): what search + filters + populated cards cost over a plain list.
 * BENCH_DEV=1 measures Next dev mode instead of a production build (faster to start, slower pages).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker'
import { getPayload } from 'payload'
import payloadConfig from '../cms/payload.config'
import { seedArticles } from '../cms/seed/articles'
import { seedExpertise } from '../cms/seed/expertise'
import { richText } from '../cms/seed/lexical'
import { SEED_CONTEXT, inChunks } from '../cms/seed/upsert'
import { createActivities } from '../workflows/activities'
import type { BenchResult } from './run'

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50)
const REQUESTS_PER_CLIENT = Number(process.env.BENCH_REQUESTS ?? 20)
const EXTRA_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 240)
const PORT = Number(process.env.BENCH_WEB_PORT ?? 3137)
const DEV = process.env.BENCH_DEV === '1'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const log = (line: string) => console.log(`  bench content: ${line}`)
const SECRET = 'bench-secret-that-is-long-enough-for-production-0123456789'

const THEMES = ['trauma', 'gehechtheid', 'geweldspatronen', 'ouder-kindrelatie', 'plegerbehandeling']
const PHRASES = [
  'Behandeling van kinderen na huiselijk geweld vraagt om aandacht voor gehechtheid en veiligheid.',
  'De ouder-kindrelatie herstelt wanneer de ouder weer beschikbaar en voorspelbaar wordt.',
  'Traumagerichte behandelingen zoals EMDR en TF-CBT verminderen herbelevingen en schrikreacties.',
  'Geweldspatronen in gezinnen herhalen zich vaak over generaties heen.',
  'Intervisie helpt behandelaars om vastgelopen behandelingen opnieuw te bekijken.',
]

async function seedBenchArticles(payload: Awaited<ReturnType<typeof getPayload>>) {
  const expertise = await seedExpertise(payload)
  await seedArticles(payload, expertise.ids)
  const kinds = ['onderzoek', 'praktijkkennis', 'nieuws', 'interview', 'handreiking'] as const
  await inChunks(
    Array.from({ length: EXTRA_ARTICLES }, (_, i) => i),
    8,
    (i) =>
      payload.create({
        collection: 'articles',
        data: {
          title: `Kennisartikel ${i + 1}: ${PHRASES[i % PHRASES.length]!.split(' ').slice(0, 6).join(' ')}`,
          kind: kinds[i % kinds.length]!,
          summary: PHRASES[(i + 1) % PHRASES.length]!,
          content: richText(
            Array.from({ length: 12 }, (_, j) =>
              j % 4 === 0 ? `## Deel ${j / 4 + 1}` : PHRASES[(i + j) % PHRASES.length]!,
            ).join('\n\n'),
          ),
          themes: [
            expertise.ids.get(THEMES[i % THEMES.length]!)!,
            expertise.ids.get(THEMES[(i + 2) % THEMES.length]!)!,
          ],
          membersOnly: i % 10 === 0,
          publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString(),
          _status: i % 15 === 0 ? 'draft' : 'published',
        } as never,
        draft: i % 15 === 0,
        overrideAccess: true,
        context: SEED_CONTEXT,
      }),
  )
}

function webEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: DEV ? 'development' : 'production',
    PORT: String(PORT),
    PUBLIC_URL: `http://localhost:${PORT}`,
    PAYLOAD_SECRET: SECRET,
    NEXT_DIST_DIR: '.next-test-bench-content', // matches the ignored frontend/.next-test-*/
    NODE_OPTIONS: '',
  }
}

async function buildFrontend() {
  if (DEV) return 0
  const started = Date.now()
  log('next build (production)…')
  await promisify(execFile)('npx', ['next', 'build', 'frontend'], {
    cwd: root,
    env: webEnv(),
    maxBuffer: 64 * 1024 * 1024,
  })
  return Date.now() - started
}

async function startWeb(): Promise<ChildProcess> {
  const logDir = path.join(root, '.data/bench/logs')
  mkdirSync(logDir, { recursive: true })
  const out = createWriteStream(path.join(logDir, 'web-content.log'))
  const child = spawn(process.execPath, ['scripts/ts.mjs', 'src/server.ts'], {
    cwd: root,
    env: webEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.pipe(out)
  child.stderr?.pipe(out)
  const since = Date.now()
  while (Date.now() - since < 180_000) {
    if (child.exitCode !== null)
      throw new Error(`web exited with ${child.exitCode}; see .data/bench/logs/web-content.log`)
    if (
      await fetch(`http://localhost:${PORT}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error('web did not become healthy within 180 s')
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

async function load(name: string, url: string, check: (body: string) => boolean) {
  // Warm-up: compile (dev) and fill caches, outside the measurement.
  for (let i = 0; i < 3; i++) {
    const body = await (await fetch(url)).text()
    if (!check(body)) throw new Error(`${name}: unexpected answer from ${url}: ${body.slice(0, 300)}`)
  }
  const times: number[] = []
  let failures = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
        const t0 = performance.now()
        const response = await fetch(url).catch(() => null)
        const body = response ? await response.text() : ''
        times.push(performance.now() - t0)
        if (!response?.ok || !check(body)) failures++
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  const stats = {
    requests: times.length,
    failures,
    rps: Math.round(times.length / seconds),
    p50_ms: Math.round(percentile(times, 50)),
    p95_ms: Math.round(percentile(times, 95)),
    max_ms: Math.round(times.at(-1) ?? 0),
  }
  log(`${name}: ${JSON.stringify(stats)}`)
  return stats
}

export default async function contentBenchmark(): Promise<BenchResult> {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') })
  } catch {}
  const payload = await getPayload({ config: payloadConfig })
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! })
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
    workflowsPath: fileURLToPath(new URL('../workflows/workflows.ts', import.meta.url)),
    activities: createActivities(payload),
  })
  const workerRun = worker.run()
  let web: ChildProcess | undefined
  try {
    const seedStart = Date.now()
    await seedBenchArticles(payload)
    const articles = await payload.count({ collection: 'articles', overrideAccess: true })
    log(`${articles.totalDocs} articles in ${Date.now() - seedStart} ms`)
    const buildMs = await buildFrontend()
    web = await startWeb()
    const base = `http://localhost:${PORT}`
    const query = 'q=gehechtheid&thema=gehechtheid'
    const rest = await load('rest', `${base}/api/articles?limit=10&depth=0`, (body) => body.includes('"docs"'))
    const api = await load(
      'api',
      `${base}/api/articles/kennisbank?${query}`,
      (body) => body.includes('"docs"') && !body.includes('"totalDocs":0'),
    )
    const page = await load('page', `${base}/kennisbank?${query}`, (body) => body.includes('gevonden'))
    return {
      summary: { api_ratio: Number((api.p95_ms / Math.max(1, rest.p95_ms)).toFixed(2)), page_p95_ms: page.p95_ms },
      details: {
        mode: DEV ? 'next dev' : 'next production build',
        clients: CLIENTS,
        requestsPerClient: REQUESTS_PER_CLIENT,
        articles: articles.totalDocs,
        buildMs,
        query,
        rest,
        api,
        page,
      },
    }
  } finally {
    if (web?.pid) {
      try {
        process.kill(-web.pid, 'SIGTERM')
      } catch {}
    }
    // The worker may already have stopped on its own during a long run; that is no failure of the measurement.
    try {
      worker.shutdown()
    } catch {}
    await workerRun.catch((error) => log(`worker ended: ${error}`))
    await payload.destroy()
  }
}
