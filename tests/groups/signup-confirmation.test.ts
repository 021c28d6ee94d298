import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { formatMoment } from '../../src/domain/dates'
import { signUpSignal, formationWorkflowId } from '../../workflows/group-formation/messages'
import { createRegion, createUser } from '../helpers/factories'
import { mailsTo, uniqueEmail, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import { groupHelpers, setGroupSettings, therapists } from './helpers'

let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let h: ReturnType<typeof groupHelpers>

beforeAll(async () => {
  payload = await testPayload()
  const staffEmail = uniqueEmail('staff')
  await createUser(payload, ['admin'], { email: staffEmail })
  await setGroupSettings(payload, staffEmail)
}, 120_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
  h = groupHelpers(payload, env)
}, 60_000)

afterEach(() => world?.stop())

const body = (region: string) => ({
  kind: 'supervision' as const,
  region,
  theme: 'emdr' as const,
  availability: ['di-middag', 'wo-ochtend'],
  onlineAllowed: false,
})

const mailLogRows = async (key: string) =>
  (await payload.find({ collection: 'mail-log', where: { key: { equals: key } }, depth: 0, overrideAccess: true })).docs

describe('sign-up confirmation mail', () => {
  it('a sign-up mails the therapist once, in Dutch: what, what next, how to withdraw; a repeated signal mails nothing more', async () => {
    const region = await createRegion(payload)
    const regionId = String(region.id)
    const [first, second] = await therapists(payload, regionId, 2)
    const { signupId, workflowId } = await h.signUp(first!, body(regionId))

    const mail = await waitForMail(first!.email, /Je aanmelding voor supervisie/)
    expect(mail.to).toEqual([first!.email])
    expect(mail.subject).toBe(`Je aanmelding voor supervisie: EMDR, ${region.name}`)
    const signup = await payload.findByID({ collection: 'group-signups', id: signupId, overrideAccess: true })
    const deadline = formatMoment(new Date(Date.parse(signup.signedUpAt!) + 28 * 86_400_000))
    for (const text of [mail.text, mail.html]) {
      expect(text).toContain('supervisiegroep met het thema EMDR in de regio ' + region.name)
      expect(text).toContain('dinsdagmiddag, woensdagochtend; alleen bij elkaar, niet online')
      expect(text).toContain('zodra 4 aanmeldingen een dagdeel delen, vormt zich een groep')
      expect(text).toContain(`Vanaf ${deadline} kan ook een kleinere groep van minstens 2 deelnemers starten`)
      expect(text).toContain('vragen we je te bevestigen of je meedoet')
      expect(text).toContain('aanmelding intrekken op je pagina Groepen')
      expect(text).toContain('/groepen')
    }

    // A retried signal-with-start delivers the same sign-up again; the pool ignores it, and the
    // next sign-up (handled after it, signals keep their order) shows that it has been handled.
    const pooled = (await h.poolState(body(regionId))).pool.find((e) => e.signupId === signupId)!
    const { position: _position, ...entry } = pooled
    await env.client.workflow.getHandle(workflowId).signal(signUpSignal, entry)
    await h.signUp(second!, body(regionId))
    await waitForMail(second!.email, /Je aanmelding voor supervisie/)

    expect(await mailsTo(first!.email)).toHaveLength(1)
    expect(await mailLogRows(`group-signup:${signupId}:confirmation`)).toMatchObject([{ status: 'sent' }])
    // The later sign-up's deadline counts from the first one in the pool.
    expect((await mailsTo(second!.email))[0]!.text).toContain(`Vanaf ${deadline} kan`)
    expect(workflowId).toBe(formationWorkflowId({ kind: 'supervision', regionId, theme: 'emdr' }))
  })

  it('a therapist whose account language is English gets the mail in English', async () => {
    const region = await createRegion(payload)
    const regionId = String(region.id)
    const [person] = await therapists(payload, regionId, 1)
    await payload.update({ collection: 'users', id: person!.userId, data: { language: 'en' }, overrideAccess: true })
    await h.signUp(person!, { ...body(regionId), onlineAllowed: true })

    const mail = await waitForMail(person!.email, /Your sign-up for supervision/)
    expect(mail.subject).toBe(`Your sign-up for supervision: EMDR, ${region.name}`)
    expect(mail.text).toContain('Tuesday afternoon, Wednesday morning; online is fine too')
    expect(mail.text).toContain('as soon as 4 people who signed up share a time, a group forms')
    expect(mail.text).toContain('withdraw your sign-up on your Groups page')
    expect(mail.text).toContain('Kind regards')
    expect(mail.text).toContain('You have signed up for a supervision group on EMDR')
    expect(await mailsTo(person!.email)).toHaveLength(1)
  })
})
