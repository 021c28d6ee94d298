import { afterAll, beforeAll, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import { confirmAvailability } from '../../../src/store/availabilityConfirmations'
import { createMember, createRegion, createUser } from '../../helpers/factories'
import { dropTestDatabase, testPayload } from '../../helpers/payload'
import { createTestWorker, timeSkippingEnvironment } from '../../helpers/temporal'
import { saveHistory } from './fixtures'

/** A real availability round on the time-skipping server: one stale therapist mailed, one fresh not. */
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

it('availability round: mails the stale therapist', async () => {
  const region = String((await createRegion(payload)).id)
  for (const daysAgo of [3, 20]) {
    const member = await createMember(payload, String((await createUser(payload, ['therapist'])).id), region)
    await confirmAvailability(payload, { memberId: String(member.id) }, new Date(Date.now() - daysAgo * 86_400_000))
  }
  const workflowId = 'availability-round-recorded'
  await env.client.workflow.execute('availabilityRound', { taskQueue: process.env.TEMPORAL_TASK_QUEUE!, workflowId })
  await saveHistory(env.client, 'one-stale-mailed', workflowId)
})
