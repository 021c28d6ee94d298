import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import { Worker } from '@temporalio/worker'
import { fileURLToPath } from 'node:url'
import { signalWithStartOnce } from '../../workflows/signalWithStart'
import { joinSignal, joinedQuery } from './fixtures/countingPool'
import { timeSkippingEnvironment } from '../helpers/temporal'

let env: TestWorkflowEnvironment
let worker: Worker
let running: Promise<void>
const taskQueue = 'signal-with-start-race'

beforeAll(async () => {
  env = await timeSkippingEnvironment()
  worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath: fileURLToPath(new URL('./fixtures/countingPool.ts', import.meta.url)),
  })
  running = worker.run()
}, 60_000)

afterAll(async () => {
  worker?.shutdown()
  await running
  await env?.teardown()
})

/**
 * 20 callers sign up for one pool that does not exist yet, all at the same moment. Plain
 * signal-with-start loses some of them here: the Java test server refused 22 of 400 such calls
 * as "already started" (it checks for a running execution, then starts, without a lock).
 */
async function concurrentSignUps(send: (workflowId: string, who: string) => Promise<unknown>, round: number) {
  const workflowId = `pool-${round}-${Date.now()}`
  const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => send(workflowId, `lid-${i}`)))
  return {
    workflowId,
    refused: results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason),
  }
}

const start = (workflowId: string, who: string) =>
  env.client.workflow.signalWithStart('countingPool', { workflowId, taskQueue, signal: joinSignal, signalArgs: [who] })

describe('signal-with-start on a new workflow id, 20 callers at once, 10 times', () => {
  it('signalWithStartOnce: every caller gets in, each exactly once, into one run', async () => {
    for (let round = 0; round < 10; round++) {
      const { workflowId, refused } = await concurrentSignUps(
        (id, who) => signalWithStartOnce(() => start(id, who)),
        round,
      )
      expect(refused).toEqual([])
      const joined = await env.client.workflow.getHandle(workflowId).query(joinedQuery)
      expect([...joined].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `lid-${i}`).sort())
    }
  })
})
