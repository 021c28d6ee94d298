import { afterAll, beforeAll, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Worker } from '@temporalio/worker'
import type { Payload } from 'payload'
import type { User } from '../../../cms/payload-types'
import { signUpTherapist } from '../../../cms/endpoints/members/signUp'
import { decideMember, startMemberApproval } from '../../../workflows/member-approval/client'
import { memberApprovalWorkflowId } from '../../../workflows/member-approval/messages'
import { usePublishingClient } from '../../../workflows/publishing/client'
import { publishingWorkflowId } from '../../../workflows/publishing/messages'
import { createRegion, createUser, signUpBody } from '../../helpers/factories'
import { uniqueEmail } from '../../helpers/mail'
import { dropTestDatabase, testPayload } from '../../helpers/payload'
import { createTestWorker, timeSkippingEnvironment } from '../../helpers/temporal'
import { saveHistory } from './fixtures'

/** Real member-approval and scheduled-publishing runs on the time-skipping server. */
let payload: Payload
let env: TestWorkflowEnvironment
let worker: Worker
let workerRun: Promise<void>
let regionId: string
let staffId: string
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  env = await timeSkippingEnvironment()
  usePublishingClient(env.client)
  worker = await createTestWorker(env, payload)
  workerRun = worker.run()
  regionId = String((await createRegion(payload)).id)
  staffId = String((await createUser(payload, ['admin'], { email: uniqueEmail('staff') })).id)
  editor = (await createUser(payload, ['editor'])) as User
  await payload.updateGlobal({
    slug: 'settings',
    data: { memberApproval: { reminderAfterHours: 72 } },
    overrideAccess: true,
  })
}, 120_000)

afterAll(async () => {
  usePublishingClient(null)
  worker?.shutdown()
  await workerRun
  await env?.teardown()
  await dropTestDatabase(payload)
})

async function signUp() {
  const result = await signUpTherapist(payload, signUpBody(regionId, uniqueEmail('behandelaar')), (memberId) =>
    startMemberApproval({ memberId }, env.client),
  )
  if (!result.ok) throw new Error(`sign-up failed: ${JSON.stringify(result)}`)
  return result.memberId
}

async function decide(memberId: string, decision: Parameters<typeof decideMember>[2]) {
  const result = await decideMember(env.client, memberId, decision)
  if (!result.ok) throw new Error(`decision failed: ${JSON.stringify(result)}`)
}

it('member approval: a reminder to staff, then approved', async () => {
  const memberId = await signUp()
  await env.sleep('73 hours')
  await decide(memberId, { decision: 'approve', decidedBy: staffId })
  await saveHistory(env.client, 'approved-after-reminder', memberApprovalWorkflowId(memberId))
})

it('member approval: rejected with a reason', async () => {
  const memberId = await signUp()
  await decide(memberId, {
    decision: 'reject',
    reason: 'Geen registratie in het BIG-register gevonden.',
    decidedBy: staffId,
  })
  await saveHistory(env.client, 'rejected', memberApprovalWorkflowId(memberId))
})

it('publishing: a date moved by the editor, published, then unpublished', async () => {
  const article = await payload.create({
    collection: 'articles',
    data: { title: 'Gepland bericht', kind: 'nieuws', summary: 'Komt binnenkort.', _status: 'draft' } as never,
    draft: true,
    overrideAccess: false,
    user: editor,
  })
  const hoursFromNow = async (hours: number) => new Date((await env.currentTimeMs()) + hours * 3_600_000).toISOString()
  const plan = async (dates: Record<string, string | null>) =>
    payload.update({
      collection: 'articles',
      id: article.id,
      data: dates as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
  await plan({ scheduledPublishAt: await hoursFromNow(24) })
  await plan({ scheduledPublishAt: await hoursFromNow(48), scheduledUnpublishAt: await hoursFromNow(96) })
  await env.sleep('100 hours')
  await saveHistory(env.client, 'moved-published-unpublished', publishingWorkflowId(String(article.id)))
}, 60_000)
