import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { Client, type WorkflowClientInterceptor } from '@temporalio/client'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { enrolInTraining } from '../../cms/endpoints/certification/enrol'
import { startCertification } from '../../workflows/certification/client'
import { certificationWorkflowId } from '../../workflows/certification/messages'
import { createRegion } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { devServerEnvironment, endRunsOnTaskQueue } from '../helpers/temporal'
import { createTraining, therapist, trainer } from './setup'

/**
 * A start whose answer never arrives (a deadline that ran out, a dropped connection) while the
 * real dev server did start the run. No worker polls this file's task queue: the run is only
 * started, described and ended.
 */
let payload: Payload
let env: TestWorkflowEnvironment

beforeAll(async () => {
  payload = await testPayload()
  env = await devServerEnvironment()
}, 60_000)

afterEach(async () => {
  await endRunsOnTaskQueue(env.client)
})

afterAll(async () => {
  await env?.teardown()
  await dropTestDatabase(payload)
})

/** A client on the same connection whose start fails on the way back or on the way out. */
function clientWhoseStart(fails: 'after-the-server-started-it' | 'before-it-reached-the-server') {
  const interceptor: WorkflowClientInterceptor = {
    async startWithDetails(input, next) {
      if (fails === 'after-the-server-started-it') await next(input)
      throw new Error('4 DEADLINE_EXCEEDED: Deadline exceeded (test: the answer of the start got lost)')
    },
  }
  return new Client({
    connection: env.client.connection,
    namespace: 'default',
    interceptors: { workflow: [interceptor] },
  })
}

async function enrolWith(client: Client) {
  const region = await createRegion(payload)
  const person = await therapist(payload, String(region.id))
  const teacher = await trainer(payload)
  const training = await createTraining(payload, [teacher.id], [{ kind: 'elearning', title: 'Module 1' }])
  const result = await enrolInTraining(payload, person, { training: String(training.id) }, (id) =>
    startCertification(id, client, process.env.TEMPORAL_TASK_QUEUE),
  )
  const stored = await payload.find({
    collection: 'enrollments',
    where: { training: { equals: training.id }, member: { equals: person.memberId } },
    depth: 0,
    overrideAccess: true,
  })
  return { result, stored: stored.docs }
}

describe('enrolling when the start of the certification run throws', () => {
  it('keeps the enrolment when the server started the run although the call failed', async () => {
    const { result, stored } = await enrolWith(clientWhoseStart('after-the-server-started-it'))

    expect(stored).toHaveLength(1)
    const enrollmentId = String(stored[0]!.id)
    expect(result).toEqual({ ok: true, enrollmentId, workflowId: certificationWorkflowId(enrollmentId) })
    const run = await env.client.workflow.getHandle(certificationWorkflowId(enrollmentId)).describe()
    expect(run.type).toBe('certification')
    expect(run.status.name).toBe('RUNNING')
  })

  it('removes the enrolment when no run was started, so enrolling can be tried again', async () => {
    const { result, stored } = await enrolWith(clientWhoseStart('before-it-reached-the-server'))

    expect(result).toMatchObject({ ok: false, status: 503 })
    expect(stored).toHaveLength(0)
  })
})
