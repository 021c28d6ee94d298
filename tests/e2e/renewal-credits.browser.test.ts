import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Page } from 'playwright-core'
import type { Payload } from 'payload'
import { type Person, certificationHelpers, createTraining, therapist, trainer } from '../certification/setup'
import { logIn, waitForHydration } from '../helpers/browser'
import { type BrowserWorld, startBrowserWorld } from '../helpers/browserWorld'
import { eventually } from '../helpers/eventually'
import { createRegion } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { endRunsOnTaskQueue } from '../helpers/temporal'

/**
 * The credits page of a certificate (issue 16): the holder adds an activity, it waits; the
 * trainer approves it on the trainer page; the progress bar moves; renewal can be requested
 * once enough credits are approved and renewal is open. Renewal opens at once here: the
 * certificate is valid one year and renewal opens 13 months before expiry.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: BrowserWorld
let h: ReturnType<typeof certificationHelpers>
let coach: Person
let anna: Person
let enrollmentId: string
let number: string

beforeAll(async () => {
  payload = await testPayload()
  await payload.updateGlobal({
    slug: 'settings',
    data: { certification: { reminderDaysBefore: [3], endAfterOverdueDays: 0, renewalLeadMonths: 13 } },
    overrideAccess: true,
  })
  const region = String((await createRegion(payload)).id)
  coach = await trainer(payload)
  const training = await createTraining(payload, [coach.id], [{ kind: 'elearning', title: 'E-learning veiligheid' }], {
    validityYears: 1,
    renewalCredits: 12,
  })
  anna = await therapist(payload, region)
  await payload.update({
    collection: 'members',
    id: anna.memberId!,
    data: { displayName: 'Anna Jansen' },
    overrideAccess: true,
  })
  world = await startBrowserWorld(payload)
  env = world.env
  h = certificationHelpers(payload, env)
  enrollmentId = await h.enrol(anna, String(training.id))
  const active = await h.statusReached(enrollmentId, 'active')
  await h.actOk(anna, enrollmentId, { action: 'completeStep', stepId: active.steps[0]!.stepId })
  number = (await h.statusReached(enrollmentId, 'renewal-due', 60_000)).certificate!.number
}, 240_000)

afterAll(async () => {
  await endRunsOnTaskQueue(world.env.client)
  await world?.stop()
  await dropTestDatabase(payload)
})

const progressText = (page: Page) => page.locator('#credits-progress-text').innerText()

describe('the credits page', () => {
  it('add activity → pending → trainer approves in the portal → the bar moves → renewal requested', async () => {
    const holder = await world.browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
    const page = await holder.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, world.web.url, anna.email, 'test-wachtwoord-123')
    const url = `${world.web.url}/mijn-certificaten/${encodeURIComponent(number)}/punten`
    await page.goto(url, { timeout: 180_000 })
    await page.getByRole('heading', { level: 2, name: '12 punten in 1 jaar' }).waitFor()
    await expect(progressText(page)).resolves.toBe('0 van 12 punten goedgekeurd (0%).')
    const bar = page.locator('progress')
    await expect(bar.getAttribute('aria-labelledby')).resolves.toBe('credits-progress-text')
    await expect(bar.evaluate((el: HTMLProgressElement) => el.value)).resolves.toBe(0)
    const request = page.getByRole('button', { name: /Herregistratie aanvragen/ })
    await expect(request.isDisabled()).resolves.toBe(true)

    // Bad input: Dutch messages at the fields, nothing stored.
    const form = page.getByRole('form', { name: 'Nascholing toevoegen' })
    await waitForHydration(page, 'form.form button')
    await form.getByLabel('Titel van de activiteit').fill('Congres traumabehandeling')
    await form
      .getByLabel('Datum')
      .fill(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()))
    await form.getByLabel('Punten').fill('12')
    await form.getByLabel('Korte omschrijving').fill('kort')
    await form.getByLabel('Link naar het bewijs').fill('https://example.test/bewijs.pdf')
    await form.getByRole('button', { name: 'Activiteit toevoegen' }).click()
    await form.getByText('Beschrijf in minstens 10 tekens wat je deed en wat je ervan meenam.').first().waitFor()
    expect((await payload.count({ collection: 'credit-activities', overrideAccess: true })).totalDocs).toBe(0)
    await form.getByLabel('Korte omschrijving').fill('Twee dagen congres over traumabehandeling bij kinderen.')
    await form.getByRole('button', { name: 'Activiteit toevoegen' }).click()
    await form.getByText('Toegevoegd. De activiteit wacht op beoordeling.').waitFor()
    const row = page.getByRole('row', { name: /Congres traumabehandeling/ })
    await expect(row.getByRole('cell').nth(4).innerText()).resolves.toBe('Wacht op beoordeling')
    await expect(progressText(page)).resolves.toBe(
      '0 van 12 punten goedgekeurd (0%). 12 punten wachten nog op beoordeling.',
    )

    // The trainer approves it on the trainer page; the feedback field says whose it is.
    const trainerContext = await world.browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
    const trainerPage = await trainerContext.newPage()
    trainerPage.setDefaultTimeout(60_000)
    await logIn(trainerPage, world.web.url, coach.email, 'test-wachtwoord-123')
    await trainerPage.goto(`${world.web.url}/trainer`, { timeout: 180_000 })
    const reviews = trainerPage.getByRole('region', { name: /Nascholing om te beoordelen/ })
    await expect(reviews.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
      'Nascholing om te beoordelen (1)',
    )
    await expect(
      reviews.getByLabel('Reden of opmerking voor Anna Jansen (Congres traumabehandeling)').count(),
    ).resolves.toBe(1)
    await waitForHydration(trainerPage, 'form.action-form button')
    await reviews.getByRole('button', { name: 'Goedkeuren' }).click()
    await trainerPage.getByRole('heading', { name: 'Nascholing om te beoordelen (0)' }).waitFor()
    await trainerContext.close()

    // The bar moved; renewal is open and enough is approved.
    await page.reload()
    await expect(progressText(page)).resolves.toBe('12 van 12 punten goedgekeurd (100%).')
    await expect(bar.evaluate((el: HTMLProgressElement) => el.value)).resolves.toBe(12)
    await expect(row.getByRole('cell').nth(4).innerText()).resolves.toBe('Goedgekeurd')
    await waitForHydration(page, 'form.action-form button')
    await page.getByRole('button', { name: 'Herregistratie aanvragen met 12 punten' }).click()
    const renewed = await eventually(async () => {
      const certificate = (
        await payload.find({ collection: 'certificates', where: { number: { equals: number } }, overrideAccess: true })
      ).docs[0]
      return certificate?.renewals?.length ? certificate : null
    }, 30_000)
    expect(renewed.renewals![0]).toMatchObject({ cycle: 1, credits: 12 })
    // The next cycle starts empty: what counted towards this renewal does not count again.
    await eventually(async () => ((await h.mirrored(enrollmentId))?.cycle === 2 ? true : null), 30_000)
    await page.reload()
    await expect(progressText(page)).resolves.toBe('0 van 12 punten goedgekeurd (0%).')
    await expect(page.getByRole('row', { name: /Congres traumabehandeling/ }).count()).resolves.toBe(0)
    await holder.close()
  }, 300_000)
})
