import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { logIn, waitForHydration } from '../helpers/browser'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { endRunsOnTaskQueue } from '../helpers/temporal'
import type { WebServer } from '../helpers/webServer'
import { type BrowserWorld, startBrowserWorld } from '../helpers/browserWorld'

/**
 * A therapist signs up for supervision on the Groepen page, choosing their times in the
 * days × dayparts grid; the pool workflow mails the confirmation with those times.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: BrowserWorld
let web: WebServer
let browser: Browser
let memberId: string
let regionName: string
const email = uniqueEmail('groep.aanmelding')

beforeAll(async () => {
  payload = await testPayload()
  const region = await createRegion(payload)
  regionName = region.name
  const user = await createUser(payload, ['therapist'], { email })
  memberId = String((await createMember(payload, String(user.id), String(region.id))).id)
  world = await startBrowserWorld(payload)
  ;({ env, web, browser } = world)
}, 180_000)

afterEach(() => endRunsOnTaskQueue(env.client))

afterAll(async () => {
  await world?.stop()
  await dropTestDatabase(payload)
})

describe('group sign-up in the browser', () => {
  it('availability is a days × dayparts grid; the chosen cells are signed up and confirmed by mail', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, email, 'test-wachtwoord-123')
    await page.goto(`${web.url}/groepen`, { timeout: 180_000 })
    await waitForHydration(page, 'form button[type="submit"]')

    const grid = page.getByRole('group', { name: /Wanneer kun je/ }).locator('table')
    await expect(grid.getByRole('columnheader').allInnerTexts()).resolves.toEqual(['ochtend', 'middag', 'avond'])
    await expect(grid.getByRole('rowheader').allInnerTexts()).resolves.toEqual([
      'maandag',
      'dinsdag',
      'woensdag',
      'donderdag',
      'vrijdag',
    ])
    await expect(grid.getByRole('checkbox').count()).resolves.toBe(15)

    await page.getByRole('button', { name: /Soort/ }).click()
    await page.getByRole('option', { name: 'Supervisie' }).click()
    await page.getByRole('button', { name: /Thema/ }).click()
    await page.getByRole('option', { name: 'EMDR' }).click()
    await grid.getByRole('checkbox', { name: 'dinsdagmiddag' }).check({ force: true })
    await grid.getByRole('checkbox', { name: 'woensdagochtend' }).check({ force: true })
    await page.getByRole('button', { name: 'Aanmelden' }).click()
    await page.getByText('Je staat op de wachtlijst.').waitFor()

    const signups = await payload.find({
      collection: 'group-signups',
      where: { member: { equals: memberId } },
      depth: 0,
      overrideAccess: true,
    })
    expect(signups.docs.map((s) => [...(s.availability ?? [])].sort())).toEqual([['di-middag', 'wo-ochtend']])
    const mail = await waitForMail(email, /Je aanmelding voor supervisie/, 30_000)
    expect(mail.subject).toBe(`Je aanmelding voor supervisie: EMDR, ${regionName}`)
    expect(mail.text).toContain('Je kunt op: dinsdagmiddag, woensdagochtend; online mag ook')
    await context.close()
  }, 240_000)
})
