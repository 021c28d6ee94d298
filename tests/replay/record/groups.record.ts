import { afterAll, beforeAll, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import { recordAttendance, respondAsSupervisor, respondToGroup } from '../../../workflows/group/client'
import { formationWorkflowId } from '../../../workflows/group-formation/messages'
import { groupWorkflowId } from '../../../workflows/group/messages'
import { groupHelpers, setGroupSettings, supervisor, therapists } from '../../groups/helpers'
import { eventually } from '../../helpers/eventually'
import { createRegion, createUser } from '../../helpers/factories'
import { uniqueEmail } from '../../helpers/mail'
import { dropTestDatabase, testPayload } from '../../helpers/payload'
import { createTestWorker, timeSkippingEnvironment } from '../../helpers/temporal'
import { saveHistory } from './fixtures'

/** A supervision group from sign-up to its last session, and its pool, on the time-skipping server. */
let payload: Payload
let env: TestWorkflowEnvironment
let worker: Worker
let workerRun: Promise<void>
let h: ReturnType<typeof groupHelpers>

beforeAll(async () => {
  payload = await testPayload()
  env = await timeSkippingEnvironment()
  worker = await createTestWorker(env, payload)
  workerRun = worker.run()
  h = groupHelpers(payload, env)
  await createUser(payload, ['admin'], { email: uniqueEmail('staff') })
  await setGroupSettings(payload, uniqueEmail('staff'))
}, 120_000)

afterAll(async () => {
  worker?.shutdown()
  await workerRun
  await env?.teardown()
  await dropTestDatabase(payload)
})

const ok = async (result: Promise<{ ok: boolean }>) => {
  const outcome = await result
  if (!outcome.ok) throw new Error(JSON.stringify(outcome))
}

it('supervision group: formed by size, one declines and is replaced, supervisor accepts, attendance, finished', async () => {
  const region = String((await createRegion(payload)).id)
  const sup = await supervisor(payload, [region])
  const people = await therapists(payload, region, 5)
  const body = {
    kind: 'supervision' as const,
    region,
    theme: 'emdr' as const,
    availability: ['di-middag'],
    onlineAllowed: true,
  }
  for (const person of people) await h.signUp(person, body)
  const [group] = await h.waitForGroups(region, 1)
  const groupId = String(group!.id)
  const pending = (memberId: string) =>
    eventually(
      async () =>
        (await h.groupState(groupId).catch(() => null))?.participants.some(
          (p) => p.memberId === memberId && p.status === 'pending',
        )
          ? true
          : null,
      20_000,
      'proposal',
    )
  const [first, ...rest] = people.slice(0, 4)
  await pending(first!.memberId)
  await ok(respondToGroup(env.client, groupId, first!.memberId, false))
  for (const person of [...rest, people[4]!]) {
    await pending(person.memberId)
    await ok(respondToGroup(env.client, groupId, person.memberId, true))
  }
  await eventually(
    async () => ((await h.groupState(groupId)).supervisor.offeredTo === sup.userId ? true : null),
    20_000,
    'offer to the supervisor',
  )
  await ok(respondAsSupervisor(env.client, groupId, sup.userId, true))
  const scheduled = await h.waitForPhase(groupId, 'scheduled').catch(async (error) => {
    throw new Error(`${error.message}: ${JSON.stringify(await h.groupState(groupId))}`)
  })
  await env.sleep(Date.parse(scheduled.sessions[0]!.startsAt) - (await env.currentTimeMs()) + 3_600_000)
  await ok(
    recordAttendance(env.client, groupId, {
      sessionIndex: 0,
      presentMemberIds: [...rest, people[4]!].map((p) => p.memberId),
      recordedBy: sup.userId,
    }),
  )
  await env.sleep('300 days')
  await saveHistory(env.client, 'supervision-to-finished', groupWorkflowId(groupId))
  // The one who declined waits in the pool for another group, so the pool runs on: recorded while idle.
  const poolId = formationWorkflowId({ kind: 'supervision', regionId: region, theme: 'emdr' })
  await saveHistory(env.client, 'pool-forms-and-serves-a-group', poolId, undefined, { finished: false })
  // The same run since the patch SIGNUP_CONFIRMATION_MAIL: each sign-up mailed from the pool.
  await saveHistory(env.client, 'pool-mails-sign-up-confirmations', poolId, undefined, { finished: false })
}, 120_000)
