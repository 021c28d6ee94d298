import { afterAll, beforeAll, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import { withdrawSignup } from '../../../cms/endpoints/groups/withdrawSignup'
import {
  type FormationInput,
  formationStateQuery,
  formationWorkflowId,
  groupClosedSignal,
} from '../../../workflows/group-formation/messages'
import { workflows } from '../../../workflows/references'
import { groupHelpers, setGroupSettings, therapists } from '../../groups/helpers'
import { eventually } from '../../helpers/eventually'
import { createRegion } from '../../helpers/factories'
import { uniqueEmail } from '../../helpers/mail'
import { dropTestDatabase, testPayload } from '../../helpers/payload'
import { createTestWorker, devServerEnvironment } from '../../helpers/temporal'
import { saveHistory } from './fixtures'

/**
 * The formation pool across continue-as-new, on the dev server (the Java test server loses
 * messages at the hand-over, see tests/groups/continue-as-new.test.ts): both runs are fixtures.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let worker: Worker
let workerRun: Promise<void>
let h: ReturnType<typeof groupHelpers>

beforeAll(async () => {
  payload = await testPayload()
  env = await devServerEnvironment()
  worker = await createTestWorker(env, payload)
  workerRun = worker.run()
  h = groupHelpers(payload, env)
  await setGroupSettings(payload, uniqueEmail('staff'))
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
  await payload.updateGlobal({
    slug: 'settings',
    data: { groups: { ...settings.groups, intervision: { ...settings.groups?.intervision, maxSize: 3 } } } as never,
    overrideAccess: true,
  })
}, 120_000)

afterAll(async () => {
  worker?.shutdown()
  await workerRun
  await env?.teardown()
  await dropTestDatabase(payload)
})

it('pool continues as new with its sign-ups; in the next run one withdraws and a group forms', async () => {
  const region = String((await createRegion(payload)).id)
  const people = await therapists(payload, region, 5)
  const body = (availability: string[]) => ({
    kind: 'intervision' as const,
    region,
    theme: 'gehechtheid' as const,
    availability,
    onlineAllowed: true,
  })
  const input: FormationInput = { kind: 'intervision', regionId: region, theme: 'gehechtheid', historyLimit: 20 }
  const workflowId = formationWorkflowId(input)
  const first = await env.client.workflow.start(workflows.groupFormation, {
    workflowId,
    taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
    args: [input],
  })
  const signups: string[] = []
  for (const [i, slot] of ['ma-ochtend', 'ma-ochtend', 'di-ochtend', 'wo-avond'].entries())
    signups.push((await h.signUp(people[i]!, body([slot]))).signupId)
  // Harmless messages push the history over the limit, whatever the worker batched.
  await eventually(
    async () => {
      const state = await env.client.workflow.getHandle(workflowId).query(formationStateQuery)
      if (state.runNumber === 1)
        await env.client.workflow.getHandle(workflowId).signal(groupClosedSignal, { groupId: 'no-such-group' })
      return state.runNumber > 1 && state.pool.length === 4 ? state : null
    },
    20_000,
    'a continued run with the whole pool',
  )
  const second = (await env.client.workflow.getHandle(workflowId).describe()).runId
  const withdrawn = await withdrawSignup(payload, env.client, people[2]!.memberId, signups[2]!)
  if (!withdrawn.ok) throw new Error(JSON.stringify(withdrawn))
  await h.signUp(people[4]!, body(['ma-ochtend']))
  await h.waitForGroups(region, 1)
  await saveHistory(env.client, 'first-run-continues-as-new', workflowId, first.firstExecutionRunId)
  await saveHistory(env.client, 'second-run-withdraw', workflowId, second, { finished: false })
}, 60_000)
