/**
 * `npm run bench -- groups`: 2,000 sign-ups for supervision and intervision over
 * 35 regions × 4 themes (280 pools), through the portal's sign-up path
 * (document + signal-with-start) on the real dev server. SHORT SETTINGS, not time-
 * skipping: the formation deadline is BENCH_DEADLINE_S seconds (default 30) instead of
 * 28 days, so pools that do not fill up form at the minimum within the run.
 * "Placed" = proposed into a formed group (confirmations are not driven here).
 * Prints groups formed, members placed, the share placed within the deadline and the
 * duration; duplicates (members placed in two groups) must be 0.
 */
import { fileURLToPath } from 'node:url'
import { Client, Connection } from '@temporalio/client'
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker'
import type { Model } from 'mongoose'
import { getPayload, type Payload } from 'payload'
import payloadConfig from '../cms/payload.config'
import { SLOTS } from '../src/domain/availability'
import { signUpForGroup } from '../cms/endpoints/groups/signUpForGroup'
import { createActivities } from '../workflows/activities'
import type { BenchResult } from './run'
import { pool, prng, round } from './lib'

const SIGNUPS = Number(process.env.BENCH_SIGNUPS ?? 2_000)
const REGIONS = 35
const THEMES = ['jonge-kinderen-0-4', 'gezinsbehandeling', 'emdr', 'gehechtheid'] as const
const DEADLINE_S = Number(process.env.BENCH_DEADLINE_S ?? 30)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 40)
// A group formed at the deadline is created a moment after its timer fires.
const DEADLINE_GRACE_MS = 5_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const log = (line: string) => console.log(`  bench groups: ${line}`)

const collection = (payload: Payload, slug: string) => {
  const model = (payload.db as unknown as { collections: Record<string, Model<Record<string, unknown>>> }).collections[
    slug
  ]
  if (!model) throw new Error(`No mongoose model for collection ${slug}`)
  return model
}

/** Regions through Payload (35), accounts and active profiles straight into the DB (hashing 2,000 passwords would measure bcrypt). */
async function seed(payload: Payload) {
  const regions: string[] = []
  for (let i = 0; i < REGIONS; i++)
    regions.push(
      String(
        (
          await payload.create({
            collection: 'regions',
            data: { name: `Regio ${i}`, slug: `regio-${i}`, centrumgemeente: `Gemeente ${i}` },
            overrideAccess: true,
          })
        ).id,
      ),
    )
  const now = new Date()
  const users = await collection(payload, 'users').insertMany(
    Array.from({ length: SIGNUPS }, (_, i) => ({
      name: `Behandelaar ${i}`,
      email: `groep${i}@bench.example.test`,
      roles: ['therapist'],
      createdAt: now,
      updatedAt: now,
    })),
  )
  const members = await collection(payload, 'members').insertMany(
    users.map((user, i) => ({
      displayName: `Behandelaar ${i}`,
      user: user._id,
      profession: 'gz-psycholoog',
      registrationType: 'BIG',
      registrationNumber: String(20_000_000_000 + i),
      homeRegion: regions[i % REGIONS],
      capacityCases: 2,
      languages: ['nl'],
      status: 'active',
      createdAt: now,
      updatedAt: now,
    })),
  )
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      groups: {
        formationDeadlineDays: DEADLINE_S / 86_400,
        confirmationHours: 168,
        supervisorResponseHours: 72,
        belowMinimumDays: 28,
        staffEmail: 'staf@bench.example.test',
      },
    } as never,
    overrideAccess: true,
  })
  const days = (
    (await payload.findGlobal({ slug: 'settings', overrideAccess: true })) as {
      groups?: { formationDeadlineDays?: number }
    }
  ).groups?.formationDeadlineDays
  if (Math.abs((days ?? 0) * 86_400 - DEADLINE_S) > 1)
    throw new Error(`formation deadline not set to ${DEADLINE_S} s (settings say ${days} days)`)
  return { regions, memberIds: members.map((m) => String(m._id)) }
}

/** Availability: two to four weekday parts, most often the popular ones (as in practice). */
function availability(random: () => number) {
  const popular = ['di-middag', 'wo-ochtend', 'do-middag', 'ma-avond', 'di-avond', 'do-ochtend']
  const chosen = new Set<string>()
  const count = 2 + Math.floor(random() * 3)
  while (chosen.size < count)
    chosen.add(
      random() < 0.7 ? popular[Math.floor(random() * popular.length)]! : SLOTS[Math.floor(random() * SLOTS.length)]!,
    )
  return [...chosen]
}

type Placement = { groupId: string; memberId: string; groupCreatedAt: number }

async function placements(payload: Payload): Promise<{ groups: number; rows: Placement[] }> {
  const groups = await collection(payload, 'groups').find({}, { participants: 1, createdAt: 1 }).lean()
  const rows: Placement[] = []
  for (const group of groups) {
    for (const row of (group.participants ?? []) as { member: unknown; status: string }[]) {
      if (row.status === 'pending' || row.status === 'confirmed')
        rows.push({
          groupId: String(group._id),
          memberId: String(row.member),
          groupCreatedAt: new Date(group.createdAt as string).getTime(),
        })
    }
  }
  return { groups: groups.length, rows }
}

export default async function groupsBenchmark(): Promise<BenchResult> {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') })
  } catch {
    /* already installed */
  }
  const payload = await getPayload({ config: payloadConfig })
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! })
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
    workflowsPath: fileURLToPath(new URL('../workflows/workflows.ts', import.meta.url)),
    activities: createActivities(payload),
    maxConcurrentActivityTaskExecutions: 200,
    maxConcurrentWorkflowTaskExecutions: 100,
  })
  const running = worker.run()
  const client = new Client({
    connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }),
    namespace: 'default',
  })
  log(
    `short settings (no time-skipping): formation deadline ${DEADLINE_S} s instead of 28 days; placed = proposed into a formed group`,
  )
  try {
    let t = performance.now()
    const world = await seed(payload)
    log(`seeded ${REGIONS} regions and ${SIGNUPS} active therapists in ${round((performance.now() - t) / 1000)} s`)

    const random = prng(7)
    const bodies = world.memberIds.map((_, i) => ({
      kind: i % 2 === 0 ? ('supervision' as const) : ('intervision' as const),
      region: world.regions[i % REGIONS]!,
      theme: THEMES[Math.floor(i / REGIONS) % THEMES.length]!,
      availability: availability(random),
      onlineAllowed: random() < 0.5,
    }))
    const signedUpAt = new Map<string, number>()
    const pools = new Set<string>()
    let refused = 0
    t = performance.now()
    const started = Date.now()
    await pool(bodies, CONCURRENCY, async (body, i) => {
      const memberId = world.memberIds[i]!
      const now = new Date()
      const result = await signUpForGroup(payload, client, memberId, body, now)
      if (!result.ok) return void refused++
      signedUpAt.set(memberId, now.getTime())
      pools.add(result.workflowId)
      if ((i + 1) % 500 === 0) log(`${i + 1} sign-ups after ${round((performance.now() - t) / 1000)} s`)
    })
    const signUpSeconds = (performance.now() - t) / 1000
    const lastSignUp = Math.max(...signedUpAt.values())
    log(
      `${signedUpAt.size} sign-ups into ${pools.size} pools in ${round(signUpSeconds)} s (${round(signedUpAt.size / signUpSeconds)}/s), refused ${refused}`,
    )

    // Past every pool's deadline, then until the groups stop changing.
    await sleep(Math.max(0, lastSignUp + DEADLINE_S * 1000 - Date.now()))
    let last = ''
    let stableSince = Date.now()
    for (const until = Date.now() + 180_000; Date.now() < until; await sleep(1_000)) {
      const { groups, rows } = await placements(payload)
      const fingerprint = `${groups}:${rows.length}`
      if (fingerprint !== last) [last, stableSince] = [fingerprint, Date.now()]
      else if (Date.now() - stableSince >= 5_000) break
    }
    const duration = (Date.now() - started) / 1000

    const { groups, rows } = await placements(payload)
    const groupsOf = new Map<string, Set<string>>()
    for (const row of rows) groupsOf.set(row.memberId, (groupsOf.get(row.memberId) ?? new Set()).add(row.groupId))
    const placed = groupsOf.size
    const duplicates = [...groupsOf.values()].filter((ids) => ids.size > 1).length
    const firstPlacement = new Map<string, number>()
    for (const row of rows)
      firstPlacement.set(row.memberId, Math.min(firstPlacement.get(row.memberId) ?? Infinity, row.groupCreatedAt))
    const withinDeadline = [...firstPlacement].filter(
      ([memberId, at]) => at - signedUpAt.get(memberId)! <= DEADLINE_S * 1000 + DEADLINE_GRACE_MS,
    ).length
    const waits = [...firstPlacement]
      .map(([memberId, at]) => (at - signedUpAt.get(memberId)!) / 1000)
      .sort((a, b) => a - b)
    const result = {
      signups: signedUpAt.size,
      pools: pools.size,
      groups_formed: groups,
      members_placed: placed,
      placed_ratio: round(placed / signedUpAt.size, 3),
      within_deadline_ratio: round(withinDeadline / signedUpAt.size, 3),
      wait_p50_s: round(waits[Math.floor(waits.length / 2)] ?? 0),
      wait_max_s: round(waits[waits.length - 1] ?? 0),
      duplicates,
      duration_s: round(duration),
      signups_per_s: round(signedUpAt.size / signUpSeconds),
    }
    log(
      `groups formed ${groups}, members placed ${placed} of ${signedUpAt.size} (${round(result.placed_ratio * 100)} %), placed within the ${DEADLINE_S} s deadline ${withinDeadline} (${round(result.within_deadline_ratio * 100)} %)`,
    )
    log(
      `wait p50 ${result.wait_p50_s} s, max ${result.wait_max_s} s; duplicates ${duplicates}; duration ${result.duration_s} s`,
    )
    return {
      summary: { placed_ratio: result.placed_ratio, duplicates },
      details: {
        ...result,
        deadline_s: DEADLINE_S,
        deadline_grace_ms: DEADLINE_GRACE_MS,
        mode: `short settings: formation deadline ${DEADLINE_S} s, real dev server (no time-skipping)`,
      },
    }
  } finally {
    worker.shutdown()
    await running
    await client.connection.close()
    await connection.close()
    await payload.destroy()
  }
}
