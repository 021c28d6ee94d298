import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import { AVAILABILITY_SCHEDULE_ID, ensureAvailabilitySchedule } from '../../workflows/availability/schedule'
import { eventually } from '../helpers/eventually'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { createTestWorker, devServerEnvironment, endRunsOnTaskQueue } from '../helpers/temporal'

/**
 * The daily schedule a worker creates at start, on the real dev server (the time-skipping server
 * has no schedules): 07:00 Amsterdam time, the availability round on the worker's task queue,
 * created once however often workers start, and what it starts is a round that completes.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let worker: Worker
let running: Promise<void>
const taskQueue = process.env.TEMPORAL_TASK_QUEUE!

beforeAll(async () => {
  payload = await testPayload()
  env = await devServerEnvironment()
  worker = await createTestWorker(env, payload, taskQueue)
  running = worker.run()
}, 60_000)

afterAll(async () => {
  await env?.client.schedule
    .getHandle(AVAILABILITY_SCHEDULE_ID)
    .delete()
    .catch(() => undefined)
  await endRunsOnTaskQueue(env.client)
  worker?.shutdown()
  await running
  await env?.teardown()
  await dropTestDatabase(payload)
})

it('is created once at 07:00 Europe/Amsterdam and starts an availability round that completes', async () => {
  expect(await ensureAvailabilitySchedule(env.client, taskQueue)).toBe('created')
  // A second worker start (a deploy, a restart) finds it and leaves it alone.
  expect(await ensureAvailabilitySchedule(env.client, taskQueue)).toBe('exists')

  const handle = env.client.schedule.getHandle(AVAILABILITY_SCHEDULE_ID)
  const schedule = await handle.describe()
  expect(schedule.spec.timezone).toBe('Europe/Amsterdam')
  expect(schedule.spec.calendars).toEqual([
    expect.objectContaining({ hour: [{ start: 7, end: 7, step: 1 }], minute: [{ start: 0, end: 0, step: 1 }] }),
  ])
  expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'availabilityRound', taskQueue })

  await handle.trigger()
  const run = await eventually(async () => (await handle.describe()).info.recentActions[0], 20_000, 'a run started')
  const result = await env.client.workflow.getHandle(run.action.workflow.workflowId).result()
  expect(result).toEqual({ mailed: [] })
}, 60_000)
