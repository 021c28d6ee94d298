import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { signUpTherapist } from '../../cms/endpoints/members/signUp'
import { decideMember, startMemberApproval } from '../../workflows/member-approval/client'
import { approvalStateQuery, memberApprovalWorkflowId } from '../../workflows/member-approval/messages'
import { eventually } from '../helpers/eventually'
import { createRegion, createUser, signUpBody } from '../helpers/factories'
import { mailsTo, uniqueEmail, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'

let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let regionId: string
let staffEmail: string
let staffId: string

beforeAll(async () => {
  payload = await testPayload()
  regionId = String((await createRegion(payload)).id)
  staffEmail = uniqueEmail('staff')
  staffId = String((await createUser(payload, ['admin'], { email: staffEmail })).id)
}, 120_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
}, 60_000)

afterEach(() => world?.stop())

async function signUp(email = uniqueEmail('behandelaar'), details: Partial<ReturnType<typeof signUpBody>> = {}) {
  const result = await signUpTherapist(payload, { ...signUpBody(regionId, email), ...details }, (memberId) =>
    startMemberApproval({ memberId }, env.client),
  )
  if (!result.ok) throw new Error(`sign-up failed: ${JSON.stringify(result)}`)
  return { ...result, email }
}

/** Waits until the mail of one approval step has been sent, and returns its log row. */
const mailSent = (memberId: string, step: string) =>
  eventually(
    async () => {
      const rows = await payload.find({
        collection: 'mail-log',
        where: { key: { equals: `member-approval:${memberId}:${step}` }, status: { equals: 'sent' } },
        overrideAccess: true,
      })
      return rows.docs[0]
    },
    15_000,
    `mail ${step} of ${memberId}`,
  )

const memberStatus = async (id: string) =>
  (await payload.findByID({ collection: 'members', id, overrideAccess: true })).status

describe('member approval workflow', () => {
  it('approve: staff are told, the member is activated and welcomed by mail', async () => {
    const { memberId, email } = await signUp()
    await mailSent(memberId, 'signed-up')
    expect((await mailsTo(staffEmail)).some((m) => m.subject === 'Nieuwe aanmelding: Sanne de Vries')).toBe(true)
    expect(await memberStatus(memberId)).toBe('pending')

    const result = await decideMember(env.client, memberId, { decision: 'approve', decidedBy: staffId })

    expect(result).toMatchObject({ ok: true, state: { status: 'approved' } })
    const member = await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true })
    expect(member).toMatchObject({ status: 'active', decidedBy: staffId })
    const welcome = await waitForMail(email, /Welkom bij Drakentemmers/)
    expect(welcome.text).toContain('Beste Sanne de Vries')
  })

  it('reject: needs a reason, then the member is rejected and told why', async () => {
    const { memberId, email } = await signUp()

    const withoutReason = await decideMember(env.client, memberId, {
      decision: 'reject',
      reason: ' ',
      decidedBy: staffId,
    })
    expect(withoutReason).toEqual({ ok: false, status: 400, message: expect.stringContaining('reden') })
    expect(await memberStatus(memberId)).toBe('pending')

    const result = await decideMember(env.client, memberId, {
      decision: 'reject',
      reason: 'Geen registratie in het BIG-register gevonden.',
      decidedBy: staffId,
    })
    expect(result).toMatchObject({ ok: true, state: { status: 'rejected' } })
    expect(await memberStatus(memberId)).toBe('rejected')
    const mail = await waitForMail(email, /Je aanmelding bij Drakentemmers/)
    expect(mail.text).toContain('Geen registratie in het BIG-register gevonden.')
    expect(await mailsTo(email)).toHaveLength(1)
  })

  it('a second decision on a running approval is refused by the update validator', async () => {
    const { memberId, workflowId } = await signUp()
    const handle = env.client.workflow.getHandle(workflowId)
    const first = decideMember(env.client, memberId, { decision: 'approve', decidedBy: staffId })
    const second = decideMember(env.client, memberId, {
      decision: 'reject',
      reason: 'Te laat bedacht, toch niet.',
      decidedBy: staffId,
    })
    const outcomes = await Promise.all([first, second])

    expect(outcomes.filter((o) => o.ok)).toHaveLength(1)
    const refused = outcomes.find((o) => !o.ok)
    expect(refused).toMatchObject({ ok: false })
    await handle.result()
    const after = await decideMember(env.client, memberId, { decision: 'approve', decidedBy: staffId })
    expect(after.ok).toBe(false)
  })

  it('no decision within the reminder time → staff get a reminder, the member stays pending', async () => {
    await payload.updateGlobal({
      slug: 'settings',
      data: { memberApproval: { reminderAfterHours: 72 } },
      overrideAccess: true,
    })
    const { memberId, workflowId } = await signUp()
    const handle = env.client.workflow.getHandle(workflowId)
    await mailSent(memberId, 'signed-up')

    await env.sleep('71 hours')
    expect((await handle.query(approvalStateQuery)).remindersSent).toBe(0)
    await env.sleep('2 hours')

    const reminder = await waitForMail(staffEmail, /Herinnering: aanmelding van Sanne de Vries/)
    expect(reminder.text).toContain('72 uur')
    expect(await memberStatus(memberId)).toBe('pending')
    expect((await handle.query(approvalStateQuery)).remindersSent).toBe(1)

    await decideMember(env.client, memberId, { decision: 'approve', decidedBy: staffId })
    expect(await memberStatus(memberId)).toBe('active')
  })

  it('starting the approval twice is harmless: one run, one staff mail', async () => {
    const { memberId } = await signUp()
    const again = await startMemberApproval({ memberId }, env.client)
    expect(again).toEqual({ workflowId: memberApprovalWorkflowId(memberId), alreadyRunning: true })

    await mailSent(memberId, 'signed-up')
    const sent = await payload.find({
      collection: 'mail-log',
      where: { key: { like: `member-approval:${memberId}:` } },
      overrideAccess: true,
    })
    expect(sent.docs.map((d) => d.key)).toEqual([`member-approval:${memberId}:signed-up`])
  })

  it('a second applicant with the same registration number: staff are told who else gave it', async () => {
    const number = { registrationType: 'SKJ', registrationNumber: '7654321' }
    const first = await signUp(uniqueEmail('eerste'), { ...number, name: 'Anouk Jansen' })
    await mailSent(first.memberId, 'signed-up')
    const second = await signUp(uniqueEmail('tweede'), { ...number, name: 'Bram Visser' })
    await mailSent(second.memberId, 'signed-up')

    const mails = await mailsTo(staffEmail)
    const aboutFirst = mails.find((m) => m.subject === 'Nieuwe aanmelding: Anouk Jansen')!
    const aboutSecond = mails.find((m) => m.subject === 'Nieuwe aanmelding: Bram Visser')!
    expect(aboutFirst.text).not.toContain('Let op')
    expect(aboutSecond.text).toContain(
      'Let op: hetzelfde nummer in het SKJ-register is ook opgegeven door Anouk Jansen (wacht op goedkeuring).',
    )
    // Same number in another register is another person.
    const other = await signUp(uniqueEmail('derde'), {
      registrationType: 'BIG',
      registrationNumber: '00007654321',
      name: 'Cas de Wit',
    })
    await mailSent(other.memberId, 'signed-up')
    expect((await mailsTo(staffEmail)).find((m) => m.subject === 'Nieuwe aanmelding: Cas de Wit')!.text).not.toContain(
      'Let op',
    )
  })

  it('a member that no longer exists ends the approval instead of retrying forever', async () => {
    const { workflowId } = await startMemberApproval({ memberId: '0123456789abcdef01234567' }, env.client)
    // Ended with a reason (and staff told, see tests/failures/gone-for-good.test.ts), not failed.
    expect(await env.client.workflow.getHandle(workflowId).result()).toMatchObject({
      status: 'ended',
      endReason: expect.stringContaining('bestaat niet meer'),
    })
  })
})
