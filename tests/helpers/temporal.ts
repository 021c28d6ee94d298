import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Client, type WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client'
import { TestWorkflowEnvironment } from '@temporalio/testing'
import {
  DefaultLogger,
  type LogEntry,
  Runtime,
  Worker,
  type WorkerOptions,
  bundleWorkflowCode,
  makeTelemetryFilterString,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker'
import type { Payload } from 'payload'
import { createActivities } from '../../workflows/activities'
import { eventually } from './eventually'
import { startTestServer } from './testServer'

// The SDK's warnings (of core too) go to a log file per jest worker: failures that tests provoke
// on purpose (an activity refused for a deleted member) would otherwise print stack traces into
// the test output. The file is the first place to look when a workflow test stalls.
const logFile = path.join(process.env.TEST_LOG_DIR ?? '.data/test/logs', `temporal-sdk-${process.pid}.log`)
mkdirSync(path.dirname(logFile), { recursive: true })
const writeToLogFile = (entry: LogEntry) =>
  appendFileSync(
    logFile,
    `${new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString()} ${entry.level} ${entry.message} ${JSON.stringify(entry.meta ?? {}, jsonSafe)}\n`,
  )
try {
  Runtime.install({
    logger: new DefaultLogger('WARN', writeToLogFile),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN', other: 'WARN' }), forward: {} } },
  })
} catch {
  // Already installed by an earlier import in this test file.
}

function jsonSafe(_key: string, value: unknown) {
  if (typeof value === 'bigint') return String(value)
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack }
  return value
}

/**
 * Temporal's time-skipping test server (the Java one, fetched by `npm test`): timers
 * of days pass in milliseconds. Real server, real worker, real activities. The server runs as
 * our own process (see testServer.ts); `teardown` closes the connections and stops it.
 */
export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const executable = process.env.TEMPORAL_TEST_SERVER_PATH
  if (!executable) throw new Error('TEMPORAL_TEST_SERVER_PATH is not set: run the tests with `npm test`.')
  const server = await startTestServer(executable)
  try {
    const env = await attachTimeSkipping(server.address)
    const closeConnections = env.teardown.bind(env)
    env.teardown = async () => {
      await closeConnections()
      await server.stop()
    }
    return env
  } catch (error) {
    await server.stop()
    throw error
  }
}

/**
 * A time-skipping environment on a test server that is already running. The SDK has this only
 * as its private `create` (what `createTimeSkipping` calls after starting the server itself);
 * `@temporalio/testing` is pinned, and tests/workflows and tests/certification fail at once if
 * its shape changes.
 */
function attachTimeSkipping(address: string): Promise<TestWorkflowEnvironment> {
  const create = (TestWorkflowEnvironment as unknown as { create(options: object): Promise<TestWorkflowEnvironment> })
    .create
  return create.call(TestWorkflowEnvironment, {
    server: { type: 'existing' },
    address,
    namespace: 'default',
    supportsTimeSkipping: true,
  })
}

export type TimeSkippingWorld = { env: TestWorkflowEnvironment; worker: Worker; stop(): Promise<void> }

/**
 * A time-skipping server and a worker of its own for one test (start in `beforeEach`, stop in
 * `afterEach`). Runs of one test keep timers (a certificate sleeps five years) that the next
 * test's `env.sleep` would wake, and the Java test server keeps its clock locked for good when a
 * workflow task fails to complete (a run ended or continued as new under a task in flight), so
 * each test starts with a clean clock and nothing of the test before it. `stop` waits for the
 * worker's activities to finish before the server goes, so nothing of this test still writes
 * while the next one runs; a worker that failed during the test fails the test here.
 */
export async function startTimeSkippingWorld(
  payload: Payload,
  options: TestWorkerOptions = {},
): Promise<TimeSkippingWorld> {
  const env = await timeSkippingEnvironment()
  const worker = await createTestWorker(env, payload, undefined, options)
  const running = worker.run()
  return {
    env,
    worker,
    async stop() {
      // A worker that failed during the test has stopped already; `running` then rejects with why.
      if (worker.getState() === 'RUNNING') worker.shutdown()
      try {
        await running
      } finally {
        await env.teardown()
      }
    },
  }
}

/**
 * Tests on the shared dev server: after each test every run still open on this test file's
 * task queue is ended, and the list is checked empty, so the next test meets none of them.
 * (The real server, unlike the Java test server, ends a run safely under a task in flight.)
 */
export async function endRunsOnTaskQueue(client: Client, taskQueue = process.env.TEMPORAL_TASK_QUEUE!) {
  const open = async () => {
    const runs: { workflowId: string }[] = []
    for await (const run of client.workflow.list({ query: `TaskQueue="${taskQueue}" AND ExecutionStatus="Running"` }))
      runs.push(run)
    return runs
  }
  // The list is eventually consistent and a run may continue as new meanwhile: end the current
  // run of each open workflow id until none is listed.
  const endOpenRuns = async () => {
    const runs = await open()
    for (const { workflowId } of runs) {
      await client.workflow
        .getHandle(workflowId)
        .terminate('einde van de test')
        .catch((error: unknown) => {
          if (!(error instanceof WorkflowNotFoundError)) throw error
        })
    }
    return runs.length === 0 ? true : null
  }
  await eventually(endOpenRuns, 10_000, `runs left open on ${taskQueue}`)
}

/**
 * Waits until a run has no workflow task and no activity scheduled or in flight: it waits for
 * people or a timer. A worker shut down before that may drop a workflow task it has just polled
 * (the SDK cancels it on shutdown), and the server gives that task to another worker only when its
 * start-to-close timeout (10 s) has passed.
 */
export function untilRunIsIdle(handle: WorkflowHandle) {
  return eventually(
    async () => {
      const { raw } = await handle.describe()
      return !raw.pendingWorkflowTask && (raw.pendingActivities ?? []).length === 0
    },
    10_000,
    `run ${handle.workflowId} to wait for people or a timer`,
  )
}

/** The dev server that `npm test` started (no time-skipping): for end-to-end chains. */
export function devServerEnvironment(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createFromExistingServer({
    address: process.env.TEMPORAL_ADDRESS,
    namespace: 'default',
  })
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined

/** The workflow bundle is built once per test file (≈1 s). */
function workflowBundle() {
  bundle ??= bundleWorkflowCode({
    workflowsPath: fileURLToPath(new URL('../../workflows/workflows.ts', import.meta.url)),
    logger: silentLogger,
  })
  return bundle
}

const silentLogger = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} }

/** What a test may add to its worker: interceptors at the worker's edges (e.g. an activity held back). */
export type TestWorkerOptions = Pick<WorkerOptions, 'interceptors'>

export async function createTestWorker(
  env: TestWorkflowEnvironment,
  payload: Payload,
  taskQueue = process.env.TEMPORAL_TASK_QUEUE!,
  options: TestWorkerOptions = {},
) {
  return Worker.create({
    ...options,
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createActivities(payload),
  })
}
