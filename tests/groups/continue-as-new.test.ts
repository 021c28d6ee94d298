import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { isGrpcDeadlineError } from '@temporalio/client'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import { withdrawSignup } from '../../cms/endpoints/groups/withdrawSignup'
import {
  type FormationInput,
  type FormationState,
  type PoolEntry,
  formationStateQuery,
  formationWorkflowId,
  groupClosedSignal,
  needMembersSignal,
  signUpSignal,
} from '../../workflows/group-formation/messages'
import { eventually } from '../helpers/eventually'
import { createRegion } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { createTestWorker, devServerEnvironment, endRunsOnTaskQueue } from '../helpers/temporal'
import { groupHelpers, setGroupSettings, therapists } from './helpers'

/**
 * Continue-as-new of the formation pool, on the real Temporal dev server. The Java
 * time-skipping test server loses queries and signals that arrive while a run hands
 * over to the next one ("workflow execution already completed"), which made these
 * tests flaky there; the real server routes them to the new run. No timers are
 * needed: the group forms by size.
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
  // Intervision groups of exactly three, so the third on a shared slot forms one at once.
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
  await payload.updateGlobal({
    slug: 'settings',
    data: { groups: { ...settings.groups, intervision: { ...settings.groups?.intervision, maxSize: 3 } } } as never,
    overrideAccess: true,
  })
}, 120_000)

afterEach(() => endRunsOnTaskQueue(env.client))

afterAll(async () => {
  worker?.shutdown()
  await workerRun
  await env?.teardown()
  await dropTestDatabase(payload)
})

/** The pool's state; a query that meets the hand-over between runs is asked again. */
async function stateOf(workflowId: string): Promise<FormationState> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await env.client.withDeadline(Date.now() + 3_000, () =>
        env.client.workflow.getHandle(workflowId).query(formationStateQuery),
      )
    } catch (error) {
      if (!isGrpcDeadlineError(error) || attempt >= 5) throw error
    }
  }
}

/** The pool with a tiny history limit: a few messages make it continue as new. */
async function startPool(input: FormationInput) {
  const workflowId = formationWorkflowId(input)
  await env.client.workflow.start('groupFormation', {
    workflowId,
    taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
    args: [input],
  })
  return workflowId
}

describe('group formation across continue-as-new', () => {
  it('keeps the pool: withdrawing works in the new run, and a later sign-up forms a group with the carried members', async () => {
    const region = String((await createRegion(payload)).id)
    const people = await therapists(payload, region, 7)
    // Two share Monday morning: one short of the intervision minimum of 3.
    const slots = ['ma-ochtend', 'ma-ochtend', 'di-ochtend', 'wo-avond', 'do-middag', 'vr-ochtend']
    const body = (availability: string[]) => ({
      kind: 'intervision' as const,
      region,
      theme: 'gehechtheid' as const,
      availability,
      onlineAllowed: true,
    })
    const workflowId = await startPool({
      kind: 'intervision',
      regionId: region,
      theme: 'gehechtheid',
      historyLimit: 20,
    })
    const firstRun = (await env.client.workflow.getHandle(workflowId).describe()).runId
    const signups: string[] = []
    for (const [i, slot] of slots.entries()) signups.push((await h.signUp(people[i]!, body([slot]))).signupId)

    // How many events the sign-ups produce depends on how the worker batched them: if the
    // last wake-up stayed under the limit, harmless messages push the history over it.
    let seen: FormationState | undefined
    const state = await eventually(
      async () => {
        seen = await stateOf(workflowId)
        if (seen.runNumber === 1)
          await env.client.workflow.getHandle(workflowId).signal(groupClosedSignal, { groupId: 'no-such-group' })
        return seen.runNumber > 1 && seen.pool.length === 6 ? seen : null
      },
      20_000,
      'a continued run with the whole pool',
    ).catch((error: Error) => {
      throw new Error(`${error.message}; last seen run ${seen?.runNumber} with ${seen?.pool.length} in the pool`)
    })
    expect((await env.client.workflow.getHandle(workflowId).describe()).runId).not.toBe(firstRun)
    expect(state.pool.map((e) => e.memberId)).toEqual(people.slice(0, 6).map((p) => p.memberId))
    expect(state.stillNeeded).toBe(1)

    const withdrawn = await withdrawSignup(payload, env.client, people[2]!.memberId, signups[2]!)
    expect(withdrawn).toMatchObject({ ok: true, value: { status: 'withdrawn' } })
    expect(await h.signupStatus(signups[2]!)).toBe('withdrawn')
    const after = await stateOf(workflowId)
    expect(after.pool.map((e) => e.position)).toEqual([1, 2, 3, 4, 5])
    expect(after.pool.some((e) => e.signupId === signups[2])).toBe(false)
    // A repeated signal for a known sign-up is ignored.
    await env.client.workflow.getHandle(workflowId).signal(signUpSignal, {
      signupId: signups[0]!,
      memberId: people[0]!.memberId,
      availability: ['ma-ochtend'],
      onlineAllowed: true,
      signedUpAt: new Date().toISOString(),
    })
    expect((await stateOf(workflowId)).pool).toHaveLength(5)

    expect(await h.groupsIn(region)).toHaveLength(0)
    // A later sign-up on Monday morning completes the carried pair into a group of three.
    await h.signUp(people[6]!, body(['ma-ochtend', 'di-middag']))
    const [group] = await h.waitForGroups(region, 1)
    expect(group!.slot).toBe('ma-ochtend')
    const proposed = await eventually(
      async () => {
        const members = ((await h.groupsIn(region))[0]!.proposedMembers ?? []) as string[]
        return members.length === 3 ? members : null
      },
      20_000,
      'three proposed members',
    )
    expect([...proposed].sort()).toEqual([people[0]!, people[1]!, people[6]!].map((p) => p.memberId).sort())
    const final = await stateOf(workflowId)
    expect(final.groupsFormed).toBe(1)
    expect(final.runNumber).toBeGreaterThan(1)
    expect(final.pool.map((e) => e.memberId).sort()).toEqual([3, 4, 5].map((i) => people[i]!.memberId).sort())
  }, 120_000)

  it('carries members on their way to a group: a request that crossed them is not filled twice', async () => {
    const regionId = String((await createRegion(payload)).id)
    const groupId = `under-test-${regionId}`
    // A stand-in for the group: any running workflow under the group's id receives the pool's signals.
    await env.client.workflow.start('groupFormation', {
      workflowId: `group-${groupId}`,
      taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
      args: [{ kind: 'supervision', regionId, theme: 'stand-in' }],
    })

    const entry = (memberId: string, minute: number): PoolEntry => ({
      signupId: `s-${memberId}`,
      memberId,
      availability: ['wo-middag'],
      onlineAllowed: true,
      signedUpAt: new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString(),
    })
    const workflowId = await startPool({
      kind: 'intervision',
      regionId,
      theme: 'bookings',
      pool: [entry('m1', 0), entry('m2', 1)],
      historyLimit: 30,
    })
    const pool = env.client.workflow.getHandle(workflowId)
    const need = {
      groupId,
      slot: 'wo-middag',
      status: 'running' as const,
      count: 1,
      minSize: 5,
      memberIds: ['a', 'b', 'c'],
      knownMemberIds: ['a', 'b', 'c', 'd'],
      confirmed: 3,
    }

    // The group asks for one place: the first in the pool is sent.
    await pool.signal(needMembersSignal, need)
    const sent = await eventually(
      async () => {
        const s = await stateOf(workflowId)
        return s.pool.length === 1 ? s : null
      },
      20_000,
      'one member sent',
    )
    expect(sent.pool.map((e) => e.memberId)).toEqual(['m2'])

    // The pool continues as new before the group has registered m1 (harmless messages fill the history).
    for (let i = 0; i < 20 && (await stateOf(workflowId)).runNumber === sent.runNumber; i++)
      await pool.signal(groupClosedSignal, { groupId: 'no-such-group' })
    expect((await stateOf(workflowId)).runNumber).toBeGreaterThan(sent.runNumber)

    // The new run hears the request again, sent before m1 arrived: m1 still counts as on its way.
    await pool.signal(needMembersSignal, { ...need, knownMemberIds: [...need.knownMemberIds] })
    const after = await eventually(
      async () => {
        const s = await stateOf(workflowId)
        return s.groups.find((g) => g.groupId === groupId)?.stillNeeded === 1 ? s : null
      },
      20_000,
      'the repeated request counted against the member in flight',
    )
    expect(after.pool.map((e) => e.memberId)).toEqual(['m2'])
    expect(after.groups.find((g) => g.groupId === groupId)!.openPlaces).toBe(0)

    // Once the group has registered m1, its next request is filled from the pool again.
    await pool.signal(needMembersSignal, {
      ...need,
      memberIds: ['a', 'b', 'c', 'm1'],
      knownMemberIds: ['a', 'b', 'c', 'd', 'm1'],
    })
    await eventually(
      async () => ((await stateOf(workflowId)).pool.length === 0 ? true : null),
      20_000,
      'm2 sent for the next place',
    )
  })
})
