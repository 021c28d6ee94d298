import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { certificationWorkflowId } from '../../workflows/certification/messages'
import { eventually } from '../helpers/eventually'
import { createRegion } from '../helpers/factories'
import { mailsTo, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import { type Person, approvedCredits, certificationHelpers, createTraining, therapist, trainer } from './setup'

/**
 * Renewal reminders (issue 16): 180, 90 and 30 days before expiry, each with the ledger's
 * progress and a link to the credits page; a moment that passed before the run reached it is
 * skipped (400 days before a one-year certificate); none once a renewal is in. Time-skipping.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let regionId: string
let coach: Person
let h: ReturnType<typeof certificationHelpers>

beforeAll(async () => {
  payload = await testPayload()
  regionId = String((await createRegion(payload)).id)
  coach = await trainer(payload)
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      certification: {
        reminderDaysBefore: [3],
        endAfterOverdueDays: 0,
        renewalLeadMonths: 3,
        renewalReminderDays: [400, 180, 90, 30],
        numberPrefix: 'DT',
      },
    },
    overrideAccess: true,
  })
}, 120_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
  h = certificationHelpers(payload, env)
}, 60_000)

afterEach(() => world?.stop())

const REMINDER = /Herinnering herregistratie/
const reminders = async (email: string) => (await mailsTo(email)).filter((mail) => REMINDER.test(mail.subject))

async function certifiedTherapist() {
  const training = await createTraining(payload, [coach.id], [{ kind: 'elearning', title: 'E-learning' }], {
    validityYears: 1,
    renewalCredits: 40,
  })
  const me = await therapist(payload, regionId)
  const id = await h.enrol(me, String(training.id))
  const p = await h.statusReached(id, 'active')
  await h.actOk(me, id, { action: 'completeStep', stepId: p.steps[0]!.stepId })
  const certified = await h.statusReached(id, 'certified')
  return { me, id, certificate: certified.certificate! }
}

describe('renewal reminders', () => {
  it('three mails at 180, 90 and 30 days before expiry, each with the progress; the one of 400 days is skipped', async () => {
    const { me, certificate } = await certifiedTherapist()
    await approvedCredits(payload, certificate.id, 32)
    const link = `/mijn-certificaten/${encodeURIComponent(certificate.number)}/punten`

    await env.sleep('180 days')
    expect(await reminders(me.email)).toHaveLength(0)
    await env.sleep('10 days')
    const first = await waitForMail(me.email, REMINDER)
    expect(first.text).toContain('Je hebt 32 van 40 punten.')
    expect(first.text).toMatch(/Herregistreren kan vanaf \d+ \w+ \d{4}\./)
    expect(first.text).toContain(link)

    // Renewal opens 3 months before expiry (day 274 of 365), the 90-day reminder comes just after.
    await env.sleep('80 days')
    expect(await reminders(me.email)).toHaveLength(1)
    await approvedCredits(payload, certificate.id, 4.5, 'Intervisie')
    await env.sleep('10 days')
    await waitForMail(me.email, /^Herregistratie:/)
    const second = await eventually(async () => (await reminders(me.email))[1])
    expect(second.text).toContain('Je hebt 36,5 van 40 punten. Herregistreren kan nu.')

    await env.sleep('60 days')
    const third = await eventually(async () => (await reminders(me.email))[2])
    expect(third.text).toContain('Je hebt 36,5 van 40 punten.')
    await env.sleep('30 days')
    await waitForMail(me.email, /Certificaat verlopen/)
    // The expiry comes after every reminder in the run: these are all of them.
    expect((await reminders(me.email)).length).toBe(3)
  }, 120_000)

  it('none once the renewal is submitted; the renewal mail gives the new validity and links Mijn certificaten', async () => {
    const { me, id, certificate } = await certifiedTherapist()
    const firstRun = (await env.client.workflow.getHandle(certificationWorkflowId(id)).describe()).runId
    await env.sleep('190 days')
    await waitForMail(me.email, REMINDER)
    await env.sleep('90 days')
    await h.statusReached(id, 'renewal-due')
    await eventually(async () => ((await reminders(me.email)).length === 2 ? true : null))
    await approvedCredits(payload, certificate.id, 21)
    await approvedCredits(payload, certificate.id, 20, 'Intervisie')
    await h.actOk(me, id, { action: 'submitRenewal' })
    await eventually(async () => ((await h.mirrored(id))?.cycle === 2 ? true : null))
    const renewed = await waitForMail(me.email, /Certificaat verlengd/)
    expect(renewed.text).toMatch(/is nu geldig tot \d+ \w+ \d{4}\./)
    expect(renewed.text).toContain('/mijn-certificaten')

    // The cycle's run is closed: its history is final, and it asked for no reminder after the renewal.
    const history = await env.client.workflow.getHandle(certificationWorkflowId(id), firstRun).fetchHistory()
    const reminderDays = (history.events ?? [])
      .filter((event) => event.activityTaskScheduledEventAttributes?.activityType?.name === 'remindOfRenewal')
      .map((event) => {
        const payloads = event.activityTaskScheduledEventAttributes!.input!.payloads!
        return JSON.parse(Buffer.from(payloads[3]!.data!).toString()) as number
      })
    expect(reminderDays).toEqual([180, 90])
  }, 120_000)
})
