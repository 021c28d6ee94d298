import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { type Person, certificationHelpers, createTraining, inDays, therapist, trainer } from '../certification/setup'
import { logIn, waitForHydration } from '../helpers/browser'
import { type BrowserWorld, startBrowserWorld } from '../helpers/browserWorld'
import { createRegion } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { endRunsOnTaskQueue } from '../helpers/temporal'

/**
 * The trainer page as a worklist: a trainee's reported cases wait for the trainer's word there
 * (a refusal needs a reason), attendance is a table per session, and every feedback field says
 * whose it is.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: BrowserWorld
let h: ReturnType<typeof certificationHelpers>
let coach: Person
let anna: Person
let annaEnrollment: string
let bramEnrollment: string
const session = inDays(3)

const named = async (person: Person, displayName: string) => {
  await payload.update({ collection: 'members', id: person.memberId!, data: { displayName }, overrideAccess: true })
  return person
}

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  coach = await trainer(payload)
  const training = await createTraining(
    payload,
    [coach.id],
    [
      { kind: 'sessions', title: 'Trainingsdag', target: 1 },
      { kind: 'supervised-cases', title: 'Twee cliënten behandeld', target: 2 },
      { kind: 'assessment', title: 'Toetsing' },
    ],
    { sessionDates: [session] },
  )
  anna = await named(await therapist(payload, region), 'Anna Jansen')
  const bram = await named(await therapist(payload, region), 'Bram de Vries')
  world = await startBrowserWorld(payload)
  env = world.env
  h = certificationHelpers(payload, env)
  annaEnrollment = await h.enrol(anna, String(training.id))
  bramEnrollment = await h.enrol(bram, String(training.id))
  await Promise.all([h.statusReached(annaEnrollment, 'active'), h.statusReached(bramEnrollment, 'active')])
  const cases = h.stepIdOf(await h.progress(annaEnrollment), 'supervised-cases')
  await h.actOk(anna, annaEnrollment, { action: 'reportProgress', stepId: cases, amount: 2, key: 'form-anna-0001' })
}, 240_000)

afterEach(() => endRunsOnTaskQueue(world.env.client))

afterAll(async () => {
  await world?.stop()
  await dropTestDatabase(payload)
})

describe('the trainer page', () => {
  it('confirms reported cases, records attendance in the session table, labels feedback per trainee', async () => {
    const context = await world.browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, world.web.url, coach.email, 'test-wachtwoord-123')
    await page.goto(`${world.web.url}/trainer`, { timeout: 180_000 })
    await waitForHydration(page, 'form button')

    const claims = page.getByRole('region', { name: /Te bevestigen meldingen/ })
    await expect(claims.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Te bevestigen meldingen (1)')
    await expect(claims.getByText('Anna Jansen meldt 2 casussen onder supervisie').count()).resolves.toBe(1)
    // Rejecting without a reason is refused in Dutch, and nothing changes.
    await claims.getByRole('button', { name: 'Afwijzen' }).click()
    await claims
      .getByRole('alert')
      .getByText(/Geef een toelichting/)
      .waitFor()
    await claims.getByRole('button', { name: 'Bevestigen' }).click()
    await page.getByRole('heading', { name: 'Te bevestigen meldingen (0)' }).waitFor()
    const annaCases = (await h.mirrored(annaEnrollment))!.steps.find((s) => s.kind === 'supervised-cases')!
    expect(annaCases).toMatchObject({
      count: 2,
      status: 'done',
      claims: [expect.objectContaining({ status: 'confirmed' })],
    })

    const sheet = page.getByRole('table', { name: /Bijeenkomst/ })
    await expect(sheet.getByRole('columnheader').allInnerTexts()).resolves.toEqual([
      'Deelnemer',
      'Bijeenkomsten',
      'Deze bijeenkomst',
      'Vastleggen',
    ])
    await expect(sheet.getByRole('rowheader').allInnerTexts()).resolves.toEqual(['Anna Jansen', 'Bram de Vries'])
    const bramRow = sheet.getByRole('row', { name: /Bram de Vries/ })
    await expect(bramRow.getByRole('cell').nth(1).innerText()).resolves.toBe('Niet vastgelegd')
    await bramRow.getByRole('button', { name: 'Aanwezig melden' }).click()
    await bramRow.getByRole('button', { name: 'Intrekken' }).waitFor()
    await expect(bramRow.getByRole('cell').nth(1).innerText()).resolves.toBe('Aanwezig')
    const bramSessions = (await h.mirrored(bramEnrollment))!.steps.find((s) => s.kind === 'sessions')!
    expect(bramSessions).toMatchObject({ count: 1, attended: [session.slice(0, 10)] })

    // One feedback field per trainee, each with its own label.
    for (const name of ['Anna Jansen', 'Bram de Vries'])
      await expect(page.getByLabel(`Feedback over de toetsing aan ${name}`).count()).resolves.toBe(1)
    await context.close()
  }, 240_000)
})
