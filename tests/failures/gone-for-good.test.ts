import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { signUpTherapist } from '../../cms/endpoints/members/signUp'
import { formationWorkflowId } from '../../workflows/group-formation/messages'
import { startMemberApproval } from '../../workflows/member-approval/client'
import { memberApprovalWorkflowId } from '../../workflows/member-approval/messages'
import { usePublishingClient } from '../../workflows/publishing/client'
import { publishingWorkflowId } from '../../workflows/publishing/messages'
import { createRegion, createUser, signUpBody } from '../helpers/factories'
import { mailsTo, uniqueEmail, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import { groupHelpers, setGroupSettings, therapists } from '../groups/helpers'

/**
 * Member approval, scheduled publishing and group formation when what they work on is deleted:
 * the run ends with a reason (or, for a pool, stays alive) and the platform team gets one mail,
 * instead of the run failing unseen or retrying without end.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let staffEmail: string
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  staffEmail = uniqueEmail('staff')
  await createUser(payload, ['admin'], { email: staffEmail })
  editor = (await createUser(payload, ['editor'])) as User
  await setGroupSettings(payload, staffEmail)
}, 120_000)

afterAll(async () => {
  usePublishingClient(null)
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
  usePublishingClient(env.client)
}, 60_000)

afterEach(() => world?.stop())

const mailsMatching = async (subject: RegExp) =>
  (await mailsTo(staffEmail)).filter((mail) => subject.test(mail.subject)).length

describe('a deleted subject ends the run with a reason', () => {
  it('member approval: a member deleted before the reminder ends the run, staff are told once', async () => {
    const regionId = String((await createRegion(payload)).id)
    const signedUp = await signUpTherapist(payload, signUpBody(regionId), (memberId) =>
      startMemberApproval({ memberId }, env.client),
    )
    if (!signedUp.ok) throw new Error(`sign-up failed: ${JSON.stringify(signedUp)}`)
    const { memberId } = signedUp
    await waitForMail(staffEmail, /Nieuwe aanmelding/)
    await payload.delete({ collection: 'members', id: memberId, overrideAccess: true })

    // The reminder (after 72 hours) finds no member: the run ends instead of failing.
    const state = await env.client.workflow.getHandle(memberApprovalWorkflowId(memberId)).result()
    expect(state).toMatchObject({ status: 'ended', endReason: expect.stringContaining('bestaat niet meer') })
    const mail = await waitForMail(staffEmail, /Beëindigd: member-approval/)
    expect(mail.text).toContain('De aanmelding bestaat niet meer')
    expect(await mailsMatching(/Beëindigd: member-approval/)).toBe(1)
  }, 90_000)

  it('publishing: an article deleted before its date ends the run, staff are told once', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Wordt verwijderd', kind: 'nieuws', summary: 'Komt niet.', _status: 'draft' } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { scheduledPublishAt: new Date((await env.currentTimeMs()) + 24 * 3_600_000).toISOString() } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })

    const state = await env.client.workflow.getHandle(publishingWorkflowId(String(article.id))).result()
    expect(state).toMatchObject({ published: [], endReason: expect.stringContaining('bestaat niet meer') })
    await waitForMail(staffEmail, /Beëindigd: publishing/)
    expect(await mailsMatching(/Beëindigd: publishing/)).toBe(1)
  }, 90_000)
})

describe('a pool whose region is deleted', () => {
  it('group formation: forming the group fails for good, staff are told and the pool stays alive', async () => {
    const h = groupHelpers(payload, env)
    const regionId = String((await createRegion(payload)).id)
    const body = {
      kind: 'supervision' as const,
      region: regionId,
      theme: 'emdr' as const,
      availability: ['di-middag'],
      onlineAllowed: true,
    }
    for (const person of await therapists(payload, regionId, 2)) await h.signUp(person, body)
    await payload.delete({ collection: 'regions', id: regionId, overrideAccess: true })

    // Two of at least two: the group forms at the deadline (28 days), and its region is gone.
    await env.sleep('29 days')
    await waitForMail(staffEmail, /loopt vast bij "createProposedGroup"/)
    const pool = env.client.workflow.getHandle(formationWorkflowId({ kind: 'supervision', regionId, theme: 'emdr' }))
    expect((await pool.describe()).status.name).toBe('RUNNING')
    // It tries again after a day, and again: a timer between tries, staff told only the first time.
    await env.sleep('3 days')
    expect((await pool.describe()).status.name).toBe('RUNNING')
    expect(await mailsMatching(/loopt vast bij "createProposedGroup"/)).toBe(1)
  }, 90_000)
})
