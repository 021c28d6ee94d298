import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { confirmAvailability } from '../../src/store/availabilityConfirmations'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { mailsTo } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'

/**
 * The availability round the daily schedule starts: it mails exactly the therapists whose
 * confirmation is 14 days old or more, and a second round (a retry, the next day) mails nobody twice.
 */
let payload: Payload
let world: TimeSkippingWorld

beforeAll(async () => {
  payload = await testPayload()
}, 60_000)
afterAll(async () => {
  await dropTestDatabase(payload)
})
beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
})
afterEach(async () => {
  await world.stop()
})

const therapist = async (region: string, status: 'active' | 'inactive' = 'active') => {
  const user = await createUser(payload, ['therapist'])
  const member = await createMember(payload, String(user.id), region, status)
  return { memberId: String(member.id), email: String(user.email) }
}
const round = async () =>
  world.env.client.workflow.execute('availabilityRound', {
    taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
    workflowId: `availability-round-${Math.random().toString(36).slice(2, 10)}`,
  }) as Promise<{ mailed: string[] }>

describe('availability round', () => {
  it('mails only the stale therapists, once; the next fortnight each again', async () => {
    const region = String((await createRegion(payload)).id)
    const fresh = await therapist(region)
    const stale = await therapist(region)
    const inactive = await therapist(region, 'inactive')
    const now = Date.now()
    await confirmAvailability(payload, { memberId: fresh.memberId }, new Date(now - 3 * 86_400_000))
    await confirmAvailability(payload, { memberId: stale.memberId }, new Date(now - 20 * 86_400_000))
    await confirmAvailability(payload, { memberId: inactive.memberId }, new Date(now - 40 * 86_400_000))

    expect((await round()).mailed).toEqual([stale.memberId])
    const [mail] = await mailsTo(stale.email)
    expect(mail?.subject).toBe('Klopt je beschikbaarheid nog?')
    expect(mail?.text).toMatch(/beschikbaarheid-bevestigen\?token=/)
    expect(mail?.text).toMatch(/\/profiel/)

    expect((await round()).mailed).toEqual([])
    expect(await mailsTo(stale.email)).toHaveLength(1)
    expect(await mailsTo(fresh.email)).toHaveLength(0)
    expect(await mailsTo(inactive.email)).toHaveLength(0)

    // 12 days on: the fresh one is due (15 days), the stale one in its next fortnight (32 days).
    await world.env.sleep('12 days')
    expect((await round()).mailed).toEqual([fresh.memberId, stale.memberId].sort())
    expect(await mailsTo(stale.email)).toHaveLength(2)
    expect(await mailsTo(inactive.email)).toHaveLength(0)
  })
})
