import { fileURLToPath } from 'node:url'
import { TestWorkflowEnvironment } from '@temporalio/testing'
import { DefaultLogger, Runtime, Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker'
import type { Payload } from 'payload'
import { createActivities } from '../../workflows/activities'

// Worker state changes are noise in test output; warnings and errors still show.
try {
  Runtime.install({ logger: new DefaultLogger('WARN') })
} catch {
  // Already installed by an earlier import in this test file.
}

/**
 * Temporal's time-skipping test server (the Java one, fetched by `npm test`): timers
 * of days pass in milliseconds. Real server, real worker, real activities.
 */
export function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER_PATH
  if (!path) throw new Error('TEMPORAL_TEST_SERVER_PATH is not set: run the tests with `npm test`.')
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } })
}

/** The dev server that `npm test` started (no time-skipping): for end-to-end chains. */
export function devServerEnvironment(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createFromExistingServer({ address: process.env.TEMPORAL_ADDRESS, namespace: 'default' })
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined

/** The workflow bundle is built once per test file (≈1 s). */
function workflowBundle() {
  bundle ??= bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('../../workflows/workflows.ts', import.meta.url)), logger: silentLogger })
  return bundle
}

const silentLogger = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} }

export async function createTestWorker(env: TestWorkflowEnvironment, payload: Payload, taskQueue = process.env.TEMPORAL_TASK_QUEUE!) {
  return Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createActivities(payload),
  })
}
