import { fileURLToPath } from 'node:url'
import { NativeConnection, Worker } from '@temporalio/worker'
import { getPayload } from 'payload'
import payloadConfig from '../cms/payload.config'
import { config } from '../src/config'
import { createActivities } from './activities'

/** The worker process: all workflows and activities on one task queue. */
const payload = await getPayload({ config: payloadConfig })
const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS })
const worker = await Worker.create({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)),
  activities: createActivities(payload),
})
console.log(`worker: luistert op taakwachtrij "${config.TEMPORAL_TASK_QUEUE}" (${config.TEMPORAL_ADDRESS})`)
await worker.run()
await connection.close()
process.exit(0)
