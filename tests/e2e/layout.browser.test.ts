import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { logIn } from '../helpers/browser'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import type { WebServer } from '../helpers/webServer'

/**
 * The look-and-feel pass, held: on a desktop the header is brand and account on one line and
 * the menu on its own line (it wrapped half-way before); on a phone no page is wider than the
 * screen, a long Dutch title included; the language button's accessible name is what it says.
 */
let payload: Payload
let web: WebServer
let browser: Browser
let portal: PortalWorld
let requestId: string
const email = uniqueEmail('coordinator')
const therapist = uniqueEmail('behandelaar')

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const organisation = String((await createOrganisation(payload, region)).id)
  await createUser(payload, ['coordinator'], { email, organisation })
  const therapistUser = await createUser(payload, ['therapist'], { email: therapist })
  await createMember(payload, String(therapistUser.id), region, 'active')
  const request = await payload.create({
    collection: 'requests',
    data: {
      title: 'Traumabehandelingsmogelijkheden voor gezinsleden',
      organisation,
      kind: 'case',
      region,
      urgency: 'normal',
      status: 'draft',
      context: 'Gezin met twee kinderen na jaren van geweld; zoekt samenwerking met de opvang.',
    } as never,
    overrideAccess: true,
  })
  requestId = String(request.id)
  portal = await startPortalWorld()
  ;({ web, browser } = portal)
}, 180_000)

afterAll(async () => {
  await portal?.stop()
  await dropTestDatabase(payload)
})

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('layout', () => {
  it('desktop: brand and account share the top line, the menu has its own line', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await logIn(page, web.url, email, 'test-wachtwoord-123')
    for (const route of ['/', '/kennisbank', '/start', `/aanvragen/${requestId}`]) {
      await page.goto(`${web.url}${route}`, { timeout: 180_000 })
      const [brand, account, menu] = await Promise.all([
        box(page, '.site-header__brand'),
        box(page, '.site-header__account'),
        box(page, '.site-header nav'),
      ])
      expect([route, Math.abs(brand.y + brand.height / 2 - (account.y + account.height / 2)) < 8]).toEqual([
        route,
        true,
      ])
      expect([route, menu.y >= Math.max(brand.y + brand.height, account.y + account.height)]).toEqual([route, true])
      // The menu's items stay on one line.
      const tops = await page
        .locator('.site-header nav li')
        .evaluateAll((items) => [...new Set(items.map((item) => Math.round(item.getBoundingClientRect().top)))])
      expect([route, tops.length]).toEqual([route, 1])
    }
    // What the request asked stands beside what happens to it.
    const [main, facts] = await Promise.all([box(page, '.request-layout__main'), box(page, '.request-layout__facts')])
    expect(facts.x).toBeGreaterThan(main.x + main.width)
    const language = page.getByRole('button', { name: 'English' })
    await expect(language.innerText()).resolves.toBe('English')
    await context.close()
  }, 300_000)

  it("desktop: the therapist's menu, the longest of a single role, stays on one line", async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await logIn(page, web.url, therapist, 'test-wachtwoord-123')
    await page.goto(`${web.url}/mijn-certificaten`, { timeout: 180_000 })
    const items = page.locator('.site-header nav li')
    await expect(items.count()).resolves.toBe(9)
    const tops = await items.evaluateAll((all) => [
      ...new Set(all.map((item) => Math.round(item.getBoundingClientRect().top))),
    ])
    expect(tops).toHaveLength(1)
    await context.close()
  }, 300_000)

  it('phone: no page is wider than the screen, a long Dutch title included', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 800 } })
    const page = await context.newPage()
    await logIn(page, web.url, email, 'test-wachtwoord-123')
    for (const route of ['/', '/kennisbank', '/regios', '/opleidingen', '/aanvragen', `/aanvragen/${requestId}`]) {
      await page.goto(`${web.url}${route}`, { timeout: 180_000 })
      expect([route, await overflow(page)]).toEqual([route, 0])
    }
    await context.close()
  }, 300_000)
})
