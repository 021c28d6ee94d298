/**
 * `npm run bench -- certification`: 1,000 therapists enrol (10 trainings × 100 places)
 * and are driven through every kind of step — attendance, e-learning, an assignment
 * submitted and approved, cases reported, supervision hours by signal, assessment —
 * to a certificate. Reports throughput (certificates per second, end to end) and
 * how many runs got stuck (no certificate within the grace period; must be 0).
 */
import { fileURLToPath } from 'node:url'
import { Client, Connection } from '@temporalio/client'
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker'
import { getPayload } from 'payload'
import payloadConfig from '../cms/payload.config'
import { actOnEnrollment } from '../cms/endpoints/certification/act'
import { enrolInTraining } from '../cms/endpoints/certification/enrol'
import { createActivities } from '../workflows/activities'
import { startCertification } from '../workflows/certification/client'
import {
  type CertificationProgress,
  addSupervisionHoursSignal,
  certificationWorkflowId,
  progressQuery,
} from '../workflows/certification/messages'
import type { BenchResult } from './run'
import { pool } from './lib'

const ENROLMENTS = Number(process.env.BENCH_ENROLMENTS ?? 1_000)
const TRAININGS = 10
// 50 drivers at once: at 100, FerretDB's SQLite answered SQLITE_BUSY and activities hit their timeout.
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50)
const GRACE_MS = 120_000
const log = (line: string) => console.log(`  bench certification: ${line}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export default async function certificationBenchmark(): Promise<BenchResult> {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') })
  } catch {}
  const payload = await getPayload({ config: payloadConfig })
  log('payload ready')
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! })
  const taskQueue = process.env.TEMPORAL_TASK_QUEUE!
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue,
    workflowsPath: fileURLToPath(new URL('../workflows/workflows.ts', import.meta.url)),
    activities: createActivities(payload),
    maxConcurrentActivityTaskExecutions: 200,
    maxConcurrentWorkflowTaskExecutions: 200,
  })
  const workerRun = worker.run()
  const client = new Client({
    connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }),
    namespace: 'default',
  })

  // ——— seed ———
  const seedStart = Date.now()
  const region = await payload.create({
    collection: 'regions',
    data: { name: 'Regio bench', slug: 'regio-bench', centrumgemeente: 'Bench' },
    overrideAccess: true,
  })
  const method = await payload.create({
    collection: 'expertise',
    data: { name: 'EMDR', kind: 'method' },
    overrideAccess: true,
  })
  const trainerUser = await payload.create({
    collection: 'users',
    data: { name: 'Trainer', email: 'trainer@bench.example', password: 'bench-wachtwoord-1', roles: ['trainer'] },
    overrideAccess: true,
  })
  const trainer = { id: String(trainerUser.id), roles: ['trainer'] }
  const trainings: string[] = []
  for (let i = 0; i < TRAININGS; i++) {
    const training = await payload.create({
      collection: 'trainings',
      data: {
        title: `Bench-opleiding ${i}`,
        summary: 'Benchmark',
        format: 'online',
        capacity: Math.ceil(ENROLMENTS / TRAININGS),
        trainers: [trainerUser.id],
        method: method.id,
        certificateCode: 'BENCH',
        steps: [
          { kind: 'sessions', title: 'Trainingsdag', target: 1, deadlineDays: 90 },
          { kind: 'elearning', title: 'E-learning', deadlineDays: 60 },
          { kind: 'assignment', title: 'Casusverslag', deadlineDays: 120 },
          { kind: 'supervised-cases', title: 'Twee cliënten', target: 2, deadlineDays: 365 },
          { kind: 'supervision-hours', title: 'Twee uur supervisie', target: 2, deadlineDays: 365 },
          { kind: 'assessment', title: 'Toetsing', deadlineDays: 400 },
        ],
      },
      overrideAccess: true,
    })
    trainings.push(String(training.id))
  }
  const therapists: { id: string; roles: string[]; memberId: string }[] = []
  await pool(
    Array.from({ length: ENROLMENTS }, (_, i) => i),
    4,
    async (i) => {
      const user = await payload.create({
        collection: 'users',
        data: {
          name: `Behandelaar ${i}`,
          email: `b${i}@bench.example`,
          password: 'bench-wachtwoord-1',
          roles: ['therapist'],
        },
        overrideAccess: true,
        context: { skipAudit: true },
      })
      const member = await payload.create({
        collection: 'members',
        data: {
          displayName: `Behandelaar ${i}`,
          user: user.id,
          profession: 'gz-psycholoog',
          registrationType: 'BIG',
          registrationNumber: String(10_000_000_000 + i),
          homeRegion: region.id,
          capacityCases: 2,
          status: 'active',
        },
        overrideAccess: true,
        context: { skipAudit: true },
      })
      therapists[i] = { id: String(user.id), roles: ['therapist'], memberId: String(member.id) }
    },
  )
  log(`seeded ${ENROLMENTS} therapists and ${TRAININGS} trainings in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`)

  // ——— drive every enrolment to a certificate ———
  const waitFor = async (id: string, status: CertificationProgress['status'], timeoutMs = 60_000) => {
    const since = Date.now()
    for (;;) {
      const progress = await client.workflow
        .getHandle(certificationWorkflowId(id))
        .query(progressQuery)
        .catch(() => null)
      if (progress?.status === status) return progress
      if (Date.now() - since > timeoutMs) return null
      await sleep(100)
    }
  }
  const ok = async (promise: ReturnType<typeof actOnEnrollment>) => {
    const result = await promise
    if (!result.ok) throw new Error(`${result.status} ${result.message}`)
    return result.progress
  }
  const enrollmentIds: string[] = []
  const failures: string[] = []
  const driveStart = Date.now()
  let driven = 0
  await pool(therapists, CONCURRENCY, async (person, i) => {
    try {
      const enrolled = await enrolInTraining(payload, person, { training: trainings[i % TRAININGS] }, (id) =>
        startCertification(id, client, taskQueue),
      )
      if (!enrolled.ok) throw new Error(enrolled.message)
      const id = enrolled.enrollmentId
      enrollmentIds.push(id)
      const active = await waitFor(id, 'active')
      if (!active) throw new Error('no place')
      const step = (kind: string) => active.steps.find((s) => s.kind === kind)!.stepId
      const act = (user: typeof person | typeof trainer, body: Record<string, unknown>) =>
        ok(actOnEnrollment(payload, client, user, id, body))
      await act(trainer, {
        action: 'recordAttendance',
        stepId: step('sessions'),
        sessionDate: '2026-09-14',
        present: true,
      })
      await act(person, { action: 'completeStep', stepId: step('elearning') })
      await act(person, {
        action: 'submitAssignment',
        stepId: step('assignment'),
        text: 'Een casusverslag van voldoende lengte voor de benchmark.',
      })
      await act(trainer, { action: 'reviewAssignment', stepId: step('assignment'), decision: 'approve' })
      await act(person, {
        action: 'reportProgress',
        stepId: step('supervised-cases'),
        amount: 2,
        key: `bench-${i}-cases`,
      })
      const handle = client.workflow.getHandle(certificationWorkflowId(id))
      for (const session of [1, 2])
        await handle.signal(addSupervisionHoursSignal, {
          key: `bench:${i}:${session}`,
          hours: 1,
          memberId: person.memberId,
        })
      await act(trainer, { action: 'recordAssessment', stepId: step('assessment'), passed: true })
      if (++driven % 100 === 0)
        log(`${driven} enrolments driven through every step after ${((Date.now() - driveStart) / 1000).toFixed(0)} s`)
    } catch (error) {
      failures.push(String((error as Error).message))
    }
  })
  const drivenMs = Date.now() - driveStart
  log(`all actions sent in ${(drivenMs / 1000).toFixed(1)} s; ${failures.length} failures`)

  // ——— count certificates (grace period for the last runs) ———
  let certified = 0
  const graceStart = Date.now()
  for (;;) {
    certified = (await payload.count({ collection: 'certificates', overrideAccess: true })).totalDocs
    if (certified >= ENROLMENTS || Date.now() - graceStart > GRACE_MS) break
    await sleep(500)
  }
  const totalMs = Date.now() - driveStart
  const numbers = await payload.find({
    collection: 'certificates',
    pagination: false,
    depth: 0,
    select: { number: true },
    overrideAccess: true,
  })
  const duplicates = numbers.docs.length - new Set(numbers.docs.map((d) => d.number)).size
  const overfull = await Promise.all(
    trainings.map(
      async (training) =>
        (
          await payload.count({
            collection: 'enrollments',
            where: { training: { equals: training }, placeKey: { like: 'place-' } },
            overrideAccess: true,
          })
        ).totalDocs,
    ),
  )

  worker.shutdown()
  await workerRun
  await payload.destroy?.()
  const throughput = certified / (totalMs / 1000)
  return {
    summary: {
      throughput_per_s: Math.round(throughput * 100) / 100,
      stuck: ENROLMENTS - certified,
      enrolments: ENROLMENTS,
      certified,
      duplicate_numbers: duplicates,
    },
    details: {
      concurrency: CONCURRENCY,
      drivenMs,
      totalMs,
      failures: failures.slice(0, 20),
      failureCount: failures.length,
      placesPerTraining: overfull,
    },
  }
}
