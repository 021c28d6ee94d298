import { afterAll, beforeAll, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import { createOrganisation, createRegion } from '../../helpers/factories'
import { dropTestDatabase, testPayload } from '../../helpers/payload'
import { createTestWorker, timeSkippingEnvironment } from '../../helpers/temporal'
import { saveHistory } from './fixtures'

/** A real retention run on the time-skipping server: one old closed request anonymised, a recent one kept. */
let payload: Payload
let env: TestWorkflowEnvironment
let worker: Worker
let workerRun: Promise<void>

beforeAll(async () => {
  payload = await testPayload()
  env = await timeSkippingEnvironment()
  worker = await createTestWorker(env, payload)
  workerRun = worker.run()
}, 120_000)

afterAll(async () => {
  worker?.shutdown()
  await workerRun
  await env?.teardown()
  await dropTestDatabase(payload)
})

it('retention run: anonymises the request closed two years ago', async () => {
  const region = String((await createRegion(payload)).id)
  const organisation = String((await createOrganisation(payload, region)).id)
  for (const closedAt of ['2024-01-15T10:00:00.000Z', new Date().toISOString()])
    await payload.create({
      collection: 'requests',
      data: { title: 'Aanvraag', organisation, kind: 'case', region, urgency: 'normal', status: 'closed', closedAt },
      overrideAccess: true,
    })
  const workflowId = 'retention-run-recorded'
  await env.client.workflow.execute('retentionRun', { taskQueue: process.env.TEMPORAL_TASK_QUEUE!, workflowId })
  await saveHistory(env.client, 'one-old-request', workflowId)
})
