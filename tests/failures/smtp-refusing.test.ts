import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { matchingStateQuery, matchingWorkflowId } from '../../workflows/matching/messages'
import { createUser } from '../helpers/factories'
import { mailsTo, refuseMailTo, uniqueEmail, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import {
  type Expertise,
  createExpertise,
  createScene,
  createTherapist,
  offerFor,
  setMatchingSettings,
  submit,
} from '../matching/world'

let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let expertise: Expertise
let staffEmail: string

beforeAll(async () => {
  payload = await testPayload()
  expertise = await createExpertise(payload)
  staffEmail = uniqueEmail('staff')
  await createUser(payload, ['admin'], { email: staffEmail })
  await setMatchingSettings(payload, { offerDeadlineHours: 48, parallelOffers: 1, regionPolicy: 'own', staffEmail })
}, 120_000)

afterAll(() => dropTestDatabase(payload))

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
}, 60_000)

afterEach(() => world?.stop())

it('SMTP refusing past the bound: staff are told, the run waits; SMTP back: the offer mail goes out once', async () => {
  const scene = await createScene(payload, 'smtp')
  const anna = await createTherapist(payload, {
    name: 'Anna Post',
    regionId: scene.regionId,
    methods: [expertise.emdr],
  })
  await refuseMailTo(anna.email, true)
  const { requestId, handle } = await submit(payload, env.client, scene, expertise)
  const offer = await offerFor(env.client, requestId, anna.memberId)

  // Longer than mailOffer's bound (30 minutes): the step gives up for now, the run does not.
  await env.sleep('45 minutes')
  const notice = await waitForMail(staffEmail, /^Actie nodig: matching/)
  expect(notice.subject).toContain(matchingWorkflowId(requestId))
  expect(notice.subject).toContain('mailOffer')
  const waiting = await handle.query(matchingStateQuery)
  expect(waiting.timeline.map((entry) => entry.kind)).toContain('waiting')
  expect((await handle.describe()).status.name).toBe('RUNNING')
  expect(await mailsTo(anna.email)).toHaveLength(0)

  await refuseMailTo(anna.email, false)
  await env.sleep('1 hour')
  const mail = await waitForMail(anna.email, /Nieuwe aanvraag voor jou/)
  expect(mail.text).toContain(`/mijn-aanbiedingen/${offer.offerId}`)
  const state = await handle.query(matchingStateQuery)
  expect(state.timeline.map((entry) => entry.kind)).toContain('offered')
  expect(await mailsTo(anna.email)).toHaveLength(1)
  expect((await mailsTo(staffEmail)).filter((m) => /^Actie nodig/.test(m.subject))).toHaveLength(1)
}, 120_000)
