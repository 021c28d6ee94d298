import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { NativeConnection, Worker } from '@temporalio/worker'
import { getPayload } from 'payload'
import payloadConfig from '../cms/payload.config'
import { config } from '../src/config'
import { createActivities } from './activities'
import { ensureAvailabilitySchedule } from './availability/schedule'
import { ensureRetentionSchedule } from './retention/schedule'
import { temporalClient } from './client'

/**
 * The worker process: all workflows and activities on one task queue. Compiled (dist/, see
 * scripts/build-prod.mjs) it loads the workflow bundle built with it; from the TypeScript
 * sources (`npm start`) it bundles the workflows at start.
 */
const prebuilt = fileURLToPath(new URL('./workflow-bundle.js', import.meta.url))
const workflowCode = existsSync(prebuilt)
  ? { workflowBundle: { codePath: prebuilt } }
  : { workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)) }

const payload = await getPayload({ config: payloadConfig })
const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS })
const worker = await Worker.create({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  ...workflowCode,
  activities: createActivities(payload),
})
const client = await temporalClient()
await ensureAvailabilitySchedule(client)
await ensureRetentionSchedule(client)
console.log(`worker: luistert op taakwachtrij "${config.TEMPORAL_TASK_QUEUE}" (${config.TEMPORAL_ADDRESS})`)
await worker.run()
await connection.close()
process.exit(0)
