import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { chooseInComboBox, logIn, waitForHydration } from '../helpers/browser'
import { createOrganisation, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { endRunsOnTaskQueue } from '../helpers/temporal'
import type { WebServer } from '../helpers/webServer'
import { type BrowserWorld, startBrowserWorld } from '../helpers/browserWorld'

/**
 * A coordinator in a Dutch browser (nl-NL, Europe/Amsterdam) files a request: refused once
 * for a phone number in the explanation, corrected, and sent with ONE click; the request's
 * page then renders without a hydration error (server and browser format times alike) and
 * without any failed resource.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: BrowserWorld
let web: WebServer
let browser: Browser
const email = uniqueEmail('coordinator')

beforeAll(async () => {
  payload = await testPayload()
  const region = await payload.create({
    collection: 'regions',
    data: { name: 'Kennemerland', slug: 'haarlem', centrumgemeente: 'Haarlem' },
    overrideAccess: true,
  })
  await payload.create({ collection: 'expertise', data: { name: 'EMDR', kind: 'method' }, overrideAccess: true })
  const organisation = await createOrganisation(payload, String(region.id))
  await createUser(payload, ['coordinator'], { email, organisation: String(organisation.id) })
  world = await startBrowserWorld(payload)
  ;({ env, web, browser } = world)
}, 180_000)

afterEach(() => endRunsOnTaskQueue(env.client))

afterAll(async () => {
  await world?.stop()
  await dropTestDatabase(payload)
})

describe('the request form in a Dutch browser', () => {
  it('after correcting a refused request the first click sends it, and its page hydrates cleanly', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))

    await logIn(page, web.url, email, 'test-wachtwoord-123')

    await page.goto(`${web.url}/aanvragen/nieuw`, { timeout: 180_000 })
    await waitForHydration(page, 'form button[type="submit"]')
    await page.getByLabel('Korte titel').fill('Traumabehandeling kind 6 jaar')
    await page.getByRole('button', { name: /Soort aanvraag/ }).click()
    await page.getByRole('option', { name: 'Eén casus' }).click()
    await chooseInComboBox(page, 'Regio', 'Kennem', 'Kennemerland')
    await page.getByRole('checkbox', { name: 'EMDR' }).check({ force: true })
    const explanation = page.getByLabel('Toelichting')
    await explanation.fill('Moeder is bereikbaar op 06-12345678, kind van 6 jaar met nachtmerries.')
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click()
    await page.getByText('De aanvraag is nog niet ingediend').waitFor()
    await page
      .getByText(/telefoonnummer/)
      .first()
      .waitFor()

    // Corrected; the pointer goes straight from the field to the button, as a person's does.
    await explanation.fill('Kind van 6 jaar met nachtmerries na huiselijk geweld.')
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click()
    await page.waitForURL((url) => /^\/aanvragen\/[0-9a-f]{24}$/.test(url.pathname))
    await page.getByRole('heading', { level: 1, name: 'Traumabehandeling kind 6 jaar' }).waitFor()
    // The timeline fills while the page polls; rendered again on the server, its times must be
    // the ones the Dutch browser renders.
    await page.locator('time').first().waitFor()
    consoleErrors.length = 0
    await page.reload()
    await waitForHydration(page, 'main')
    await expect(page.locator('time').first().innerText()).resolves.toMatch(/\d{2}:\d{2}/)

    // Nothing else went wrong on the page either, the favicon included (it was a 404).
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 420_000)

  it('on a phone the menu closes with Escape, and an unknown address has a heading and the menu', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 800 } })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${web.url}/kennisbank`, { timeout: 180_000 })
    const toggle = page.locator('button.nav-toggle')
    await waitForHydration(page, 'button.nav-toggle')
    await toggle.click()
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true')
    await page.keyboard.press('Escape')
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(toggle.evaluate((element) => element === document.activeElement)).resolves.toBe(true)

    const missing = await page.goto(`${web.url}/bestaat-niet-${Date.now()}`)
    expect(missing?.status()).toBe(404)
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor()
    // The menu is there too, folded as on every page: it opens and leads on.
    await waitForHydration(page, 'button.nav-toggle')
    await page.locator('button.nav-toggle').click()
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' }).waitFor()
    await context.close()
  }, 300_000)
})
