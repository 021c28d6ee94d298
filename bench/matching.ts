/**
 * `npm run bench -- matching`: seeds 10,000 therapists and measures
 * (a) ranking one request against the raw DB read of the same candidate set,
 * (b) submit → first offer stored and mailed (p50/p95 over 100 requests) next to a
 *     trivial workflow's round-trip on the same server,
 * (c) 1,000 concurrent negotiations driven to a confirmed match, two therapists
 *     accepting and two confirms racing in each: throughput and duplicates (must be 0).
 */
import { fileURLToPath } from 'node:url'
import { Client, Connection } from '@temporalio/client'
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker'
import { getPayload, type Payload } from 'payload'
import { CLAIMS_COLLECTION, placesOfMany } from '../src/store/places'
import { CERTIFIED_METHODS_COLLECTION } from '../src/store/certifiedMethods'
import payloadConfig from '../cms/payload.config'
import type { User } from '../cms/payload-types'
import { config } from '../src/config'
import { answerOffer } from '../cms/endpoints/matching/answerOffer'
import { loadCandidates, rankingInput } from '../src/store/candidates'
import { modelOf } from '../src/store/modelOf'
import { reachRegionsOf } from '../src/domain/reachRegions'
import { confirmOffer } from '../cms/endpoints/matching/requestActions'
import { submitRequest } from '../cms/endpoints/matching/submitRequest'
import { createActivities } from '../workflows/activities'
import { startMatching } from '../workflows/matching/client'
import { matchingStateQuery, matchingWorkflowId } from '../workflows/matching/messages'
import type { BenchResult } from './run'
import { pool, prng, round } from './lib'

/** The taken places' model, for reads straight to the driver (bench only). */
const claimsModel = (payload: Payload) =>
  (payload.db as unknown as { collections: Record<string, ReturnType<typeof modelOf>> }).collections[CLAIMS_COLLECTION]!
const certifiedModel = (payload: Payload) => modelOf(payload, CERTIFIED_METHODS_COLLECTION)

const THERAPISTS = Number(process.env.BENCH_THERAPISTS ?? 10_000)
const FIRST_OFFER_RUNS = Number(process.env.BENCH_FIRST_OFFER_RUNS ?? 100)
const NEGOTIATIONS = Number(process.env.BENCH_NEGOTIATIONS ?? 1_000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}
const log = (line: string) => console.log(`  bench matching: ${line}`)

async function seed(payload: Payload) {
  const random = prng(42)
  const regions: string[] = []
  for (let i = 0; i < 35; i++)
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
  for (let i = 0; i < 35; i++)
    await payload.update({
      collection: 'regions',
      id: regions[i]!,
      data: { neighbours: [regions[(i + 1) % 35]!, regions[(i + 34) % 35]!] },
      overrideAccess: true,
    })
  const methods: string[] = []
  for (const name of [
    'EMDR',
    'TF-CBT',
    'Horizon',
    'CPP',
    'PCIT',
    'AF-CBT',
    'KIDNET',
    'Theraplay',
    'VIPP-SD',
    'Basic Trust',
    'FITT',
    'NET',
  ])
    methods.push(
      String(
        (await payload.create({ collection: 'expertise', data: { name, kind: 'method' }, overrideAccess: true })).id,
      ),
    )
  const groups: string[] = []
  for (const name of ['0–4', '4–12', '12–18', 'ouders'])
    groups.push(
      String(
        (await payload.create({ collection: 'expertise', data: { name, kind: 'target-group' }, overrideAccess: true }))
          .id,
      ),
    )
  const organisation = String(
    (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Bench-opvang', type: 'vrouwenopvang', regions: [regions[0]!] },
        overrideAccess: true,
      })
    ).id,
  )
  const coordinator = (await payload.create({
    collection: 'users',
    data: {
      name: 'Bench coördinator',
      email: 'coordinator@bench.example.test',
      password: 'bench-wachtwoord-123',
      roles: ['coordinator'],
      organisation,
    },
    overrideAccess: true,
  })) as User

  // 10,000 accounts and profiles straight into the database: hashing 10,000 passwords
  // would measure bcrypt, not matching. They are valid documents for Payload to read.
  const users = modelOf(payload, 'users' as never)
  const members = modelOf(payload, 'members')
  const pick = <T>(list: T[], n: number) => [
    ...new Set(Array.from({ length: n }, () => list[Math.floor(random() * list.length)]!)),
  ]
  const therapistUsers: string[] = []
  for (let batch = 0; batch < THERAPISTS; batch += 1000) {
    const now = new Date()
    const userDocs = Array.from({ length: Math.min(1000, THERAPISTS - batch) }, (_, i) => ({
      name: `Behandelaar ${batch + i}`,
      email: `behandelaar${batch + i}@bench.example.test`,
      roles: ['therapist'],
      createdAt: now,
      updatedAt: now,
    }))
    const insertedUsers = await users.insertMany(userDocs)
    const memberDocs = insertedUsers.map((user, i) => {
      const home = regions[(batch + i) % 35]!
      const served = random() < 0.3 ? [regions[Math.floor(random() * 35)]!] : []
      const capacity = 1 + Math.floor(random() * 3)
      return {
        displayName: `Behandelaar ${batch + i}`,
        user: user._id,
        profession: 'gz-psycholoog',
        registrationType: 'BIG',
        registrationNumber: String(10_000_000_000 + batch + i),
        methods: pick(methods, 1 + Math.floor(random() * 4)),
        certified: random() < 0.3 ? pick(methods, 1) : [],
        themes: [],
        targetGroups: pick(groups, 1 + Math.floor(random() * 2)),
        homeRegion: home,
        regionsServed: served,
        reachRegions: reachRegionsOf(home, served),
        remoteAvailable: random() < 0.2,
        capacityCases: capacity,
        hoursPerWeek: 2 + Math.floor(random() * 10),
        availableFrom: random() < 0.3 ? new Date(Date.now() + random() * 60 * 86_400_000) : null,
        languages: ['nl'],
        status: random() < 0.92 ? 'active' : 'inactive',
        createdAt: now,
        updatedAt: now,
      }
    })
    const insertedMembers = await members.insertMany(memberDocs.map(({ certified: _, ...doc }) => doc))
    // Certified methods live in method-certifications (src/store/certifiedMethods.ts), one document each.
    const certifiedDocs = insertedMembers.flatMap((member, i) =>
      memberDocs[i]!.certified.map((method) => ({
        member: String(member._id),
        method: String(method),
        user: member.user,
      })),
    )
    if (certifiedDocs.length) await certifiedModel(payload).collection.insertMany(certifiedDocs)
    therapistUsers.push(...insertedUsers.map((user) => String(user._id)))
  }
  return { regions, methods, groups, organisation, coordinator }
}

type World = Awaited<ReturnType<typeof seed>>

function body(world: World, i: number) {
  return {
    title: `Bench-aanvraag ${i}`,
    kind: 'case',
    region: world.regions[i % 35]!,
    expertise: [world.methods[i % 12]!, world.methods[(i + 5) % 12]!],
    targetGroup: world.groups[i % 4]!,
    urgency: 'normal',
    hoursPerWeek: 2,
    context: 'Kind in de opvang met herbelevingen; moeder betrokken.',
  }
}

async function measureRanking(payload: Payload, world: World) {
  const activities = createActivities(payload)
  const submitted = await submitRequest(payload, world.coordinator, body(world, 7), async () => undefined)
  if (!submitted.ok) throw new Error(submitted.message)
  const requestId = submitted.value.requestId
  const input = await rankingInput(payload, requestId, 'neighbours')
  // The same queries the ranking sends (one per region in reach), straight to the driver.
  // Taken places are read per candidate (owner equality) from capacity-claims, and certified methods per
  // candidate with a free place from method-certifications, as loadCandidates does.
  const raw = modelOf(payload, 'members').collection
  const rawClaims = claimsModel(payload).collection
  const rawCertified = certifiedModel(payload).collection
  const { Types } = await import('mongoose')
  const filters = [input.request.region, ...input.context.neighbours].map((id) => ({
    status: 'active',
    reachRegions: new Types.ObjectId(id),
  }))
  const projection = {
    displayName: 1,
    status: 1,
    methods: 1,
    themes: 1,
    targetGroups: 1,
    homeRegion: 1,
    regionsServed: 1,
    remoteAvailable: 1,
    capacityCases: 1,
    hoursPerWeek: 1,
    availableFrom: 1,
  }
  const rankTimes: number[] = []
  const rawTimes: number[] = []
  let candidateCount = 0
  let rawCount = 0
  for (let i = 0; i < 8; i++) {
    let t = performance.now()
    const found = await Promise.all(filters.map((filter) => raw.find(filter, { projection }).toArray()))
    const docs = [...new Map(found.flat().map((doc) => [String(doc._id), doc])).values()]
    const taken = await Promise.all(
      docs.map((doc) => rawClaims.find({ owner: String(doc._id) }, { projection: { slot: 1 } }).toArray()),
    )
    const withPlace = docs.filter((doc, i) => Number(doc.capacityCases) > taken[i]!.length)
    await Promise.all(
      withPlace.map((doc) => rawCertified.find({ member: String(doc._id) }, { projection: { method: 1 } }).toArray()),
    )
    rawTimes.push(performance.now() - t)
    rawCount = withPlace.length
    t = performance.now()
    const ranked = await activities.rankCandidates(requestId, 'neighbours', 20)
    rankTimes.push(performance.now() - t)
    candidateCount = (await loadCandidates(payload, input.wheres)).length
    if (ranked.length === 0) throw new Error('ranking found nobody')
  }
  const rankMs = percentile(rankTimes.slice(2), 50)
  const rawMs = percentile(rawTimes.slice(2), 50)
  log(
    `ranking ${round(rankMs)} ms vs raw read ${round(rawMs)} ms of ${rawCount} candidates (payload read ${candidateCount})`,
  )
  return {
    rank_ms_p50: round(rankMs),
    raw_read_ms_p50: round(rawMs),
    candidates: rawCount,
    rank_ratio: round(rankMs / rawMs, 2),
  }
}

async function firstOfferMailed(payload: Payload, requestId: string) {
  const offers = modelOf(payload, 'offers').collection
  const mails = modelOf(payload, 'mail-log' as never).collection
  const { Types } = await import('mongoose')
  for (;;) {
    const offer = await offers.findOne({ request: new Types.ObjectId(requestId) }, { projection: { _id: 1 } })
    if (offer) {
      const mail = await mails.findOne(
        { key: `matching:${requestId}:offer:${String(offer._id)}`, status: 'sent' },
        { projection: { _id: 1 } },
      )
      if (mail) return
    }
    await sleep(5)
  }
}

async function measureFirstOffer(payload: Payload, world: World, client: Client) {
  const ping: number[] = []
  for (let i = 0; i < FIRST_OFFER_RUNS; i++) {
    const t = performance.now()
    await client.workflow.execute('matchingBenchPing', {
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      workflowId: `bench-ping-${i}-${Date.now()}`,
      args: [i],
    })
    ping.push(performance.now() - t)
  }
  const firstOffer: number[] = []
  for (let i = 0; i < FIRST_OFFER_RUNS; i++) {
    const t = performance.now()
    const submitted = await submitRequest(payload, world.coordinator, body(world, 100 + i), (id) =>
      startMatching(id, client),
    )
    if (!submitted.ok) throw new Error(submitted.message)
    await firstOfferMailed(payload, submitted.value.requestId)
    firstOffer.push(performance.now() - t)
  }
  const result = {
    first_offer_p50_ms: round(percentile(firstOffer, 50)),
    first_offer_p95_ms: round(percentile(firstOffer, 95)),
    ping_p50_ms: round(percentile(ping, 50)),
    ping_p95_ms: round(percentile(ping, 95)),
  }
  log(
    `submit → first offer mailed p50 ${result.first_offer_p50_ms} ms, p95 ${result.first_offer_p95_ms} ms; trivial workflow p50 ${result.ping_p50_ms} ms, p95 ${result.ping_p95_ms} ms`,
  )
  return {
    ...result,
    first_offer_ratio_p50: round(result.first_offer_p50_ms / result.ping_p50_ms, 1),
    first_offer_ratio_p95: round(result.first_offer_p95_ms / result.ping_p95_ms, 1),
  }
}

async function negotiate(
  payload: Payload,
  world: World,
  client: Client,
  i: number,
  stats: { confirmRefused: number; acceptRefused: number },
) {
  const submitted = await submitRequest(payload, world.coordinator, body(world, 1000 + i), (id) =>
    startMatching(id, client),
  )
  if (!submitted.ok) throw new Error(submitted.message)
  const requestId = submitted.value.requestId
  const handle = client.workflow.getHandle(matchingWorkflowId(requestId))
  let offers: { offerId: string; memberId: string }[] = []
  for (let wait = 5; offers.length < 2; wait = Math.min(wait * 2, 200)) {
    offers = (await handle.query(matchingStateQuery)).offers.filter((offer) => offer.status === 'open')
    if (offers.length < 2) await sleep(wait)
  }
  const users = await Promise.all(
    offers.map(
      async (offer) =>
        (await payload.findByID({ collection: 'members', id: offer.memberId, depth: 0, overrideAccess: true }))
          .user as string,
    ),
  )
  // Both therapists accept in the same instant, then two confirms race.
  const answers = await Promise.all(
    offers.map((offer, k) =>
      answerOffer(payload, client, { id: users[k] } as User, offer.offerId, { answer: 'accept' }),
    ),
  )
  stats.acceptRefused += answers.filter((a) => !a.ok).length
  const accepted = offers.filter((_, k) => answers[k]!.ok)
  const confirms = await Promise.all(
    accepted.map((offer) =>
      confirmOffer(payload, client, world.coordinator, requestId, { offerId: offer.offerId, decision: 'confirm' }),
    ),
  )
  stats.confirmRefused += confirms.filter((c) => !c.ok).length
  if (!confirms.some((c) => c.ok))
    throw new Error(`negotiation ${i} ended without a match: ${JSON.stringify(confirms)}`)
}

async function measureNegotiations(payload: Payload, world: World, client: Client) {
  const settings = (await payload.findGlobal({ slug: 'settings', overrideAccess: true })).matching ?? {}
  await payload.updateGlobal({
    slug: 'settings',
    data: { matching: { ...settings, parallelOffers: 2, regionPolicy: 'own' } },
    overrideAccess: true,
  })
  const stats = { confirmRefused: 0, acceptRefused: 0 }
  const t = performance.now()
  let done = 0
  await pool(
    Array.from({ length: NEGOTIATIONS }, (_, i) => i),
    CONCURRENCY,
    async (i) => {
      await negotiate(payload, world, client, i, stats)
      if (++done % 100 === 0) log(`${done} negotiations matched after ${round((performance.now() - t) / 1000)} s`)
    },
  )
  const seconds = (performance.now() - t) / 1000
  const matches = await modelOf(payload, 'matches')
    .collection.find({}, { projection: { request: 1, member: 1 } })
    .toArray()
  const distinctRequests = new Set(matches.map((m) => String(m.request))).size
  // Every place taken is one match: per therapist, the places taken (one claim each) equal the matches, within the capacity.
  const perMember = new Map<string, number>()
  for (const m of matches) perMember.set(String(m.member), (perMember.get(String(m.member)) ?? 0) + 1)
  const { Types } = await import('mongoose')
  const memberDocs = await modelOf(payload, 'members')
    .collection.find(
      { _id: { $in: [...perMember.keys()].map((id) => new Types.ObjectId(id)) } },
      { projection: { capacityCases: 1, status: 1 } },
    )
    .toArray()
  const placeDocs = [
    ...(
      await placesOfMany(
        payload,
        'cases',
        memberDocs.map((m) => ({
          ownerId: String(m._id),
          capacity: Number(m.capacityCases),
          open: m.status === 'active',
        })),
      )
    ).values(),
  ]
  const negative = placeDocs.filter((p) => p.owed > 0).length
  const capacityMismatches = placeDocs.filter(
    (p) => p.claims.length !== perMember.get(p.ownerId) || new Set(p.claims).size !== p.claims.length,
  ).length
  const result = {
    negotiations: NEGOTIATIONS,
    seconds: round(seconds),
    matches_per_s: round(NEGOTIATIONS / seconds, 2),
    matches: matches.length,
    duplicates: matches.length - distinctRequests,
    negative_capacity: negative,
    capacity_mismatches: capacityMismatches,
    confirms_refused: stats.confirmRefused,
    accepts_refused: stats.acceptRefused,
  }
  log(
    `${NEGOTIATIONS} negotiations in ${result.seconds} s (${result.matches_per_s}/s), ${result.matches} matches, duplicates ${result.duplicates}, refused second confirms ${stats.confirmRefused}`,
  )
  return result
}

export default async function matchingBenchmark(): Promise<BenchResult> {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') })
  } catch {
    /* already installed */
  }
  const payload = await getPayload({ config: payloadConfig })
  log('payload ready')
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! })
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
    workflowsPath: fileURLToPath(new URL('../workflows/matching/benchWorkflows.ts', import.meta.url)),
    activities: createActivities(payload), // Bounded: more parallel full scans only queue up inside FerretDB and hit activity timeouts.
    maxConcurrentActivityTaskExecutions: Number(process.env.BENCH_ACTIVITY_SLOTS ?? 16),
    maxConcurrentWorkflowTaskExecutions: 40,
  })
  const running = worker.run()
  log('worker running')
  const client = new Client({
    connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }),
    namespace: 'default',
  })
  try {
    let t = performance.now()
    const world = await seed(payload)
    log(`seeded ${THERAPISTS} therapists in ${round((performance.now() - t) / 1000)} s`)
    const ranking = await measureRanking(payload, world)
    const firstOffer = await measureFirstOffer(payload, world, client)
    t = performance.now()
    const negotiations = await measureNegotiations(payload, world, client)
    return {
      summary: {
        rank_ratio: ranking.rank_ratio,
        first_offer_p95_ms: firstOffer.first_offer_p95_ms,
        duplicates: negotiations.duplicates,
      },
      details: { therapists: THERAPISTS, ranking, firstOffer, negotiations },
    }
  } finally {
    worker.shutdown()
    await running
    await client.connection.close()
    await connection.close()
    await payload.destroy()
  }
}
