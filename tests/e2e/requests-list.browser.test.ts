import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { logIn } from '../helpers/browser'
import { createOrganisation, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import type { WebServer } from '../helpers/webServer'

/**
 * A coordinator whose organisation has 25 requests pages through them (20, then 5), narrows
 * them by status and finds one by a word of its title; the filter stays on while paging, a bad
 * URL gives the first page, and another organisation's requests never show. Without
 * JavaScript as much as with: the filters are a GET form, the pages links.
 */
let payload: Payload
let web: WebServer
let browser: Browser
let portal: PortalWorld
const email = uniqueEmail('coordinator')
const OTHER_ORGANISATION = ['Aanvraag van opvang B', 'EMDR voor een gezin van opvang B']

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const own = String((await createOrganisation(payload, region, 'Opvang A')).id)
  const other = String((await createOrganisation(payload, region, 'Opvang B')).id)
  await createUser(payload, ['coordinator'], { email, organisation: own })
  const request = (organisation: string, title: string, status: string) =>
    payload.create({
      collection: 'requests',
      data: { title, organisation, kind: 'case', region, urgency: 'normal', status } as never,
      overrideAccess: true,
    })
  // 4 matched, 21 still matching (two pages of them); one title with EMDR in it.
  for (let i = 1; i <= 25; i++)
    await request(own, i === 7 ? 'Traumabehandeling EMDR Zaanstad' : `Aanvraag A ${i}`, i <= 4 ? 'matched' : 'matching')
  await request(other, OTHER_ORGANISATION[0]!, 'matching')
  await request(other, OTHER_ORGANISATION[1]!, 'matched')
  portal = await startPortalWorld()
  ;({ web, browser } = portal)
}, 180_000)

afterAll(async () => {
  await portal?.stop()
  await dropTestDatabase(payload)
})

/** The URL's parameters that carry a value (a GET form also sends its empty fields). */
const filled = (url: URL) => Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ''))
const rows = (page: Page) => page.locator('table tbody tr')
const titles = (page: Page) => page.locator('table tbody tr td:first-child a').allInnerTexts()
const pages = (page: Page) => page.getByRole('navigation', { name: 'Pagina’s met aanvragen' })
const position = (page: Page) => page.locator('.pagination__position').innerText()
const count = (page: Page) => page.locator('.list-count').innerText()

describe('the requests list', () => {
  it('pages, filters by status and searches the titles of the own organisation only', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, email, 'test-wachtwoord-123')

    await page.goto(`${web.url}/aanvragen`, { timeout: 180_000 })
    await expect(rows(page).count()).resolves.toBe(20)
    await expect(count(page)).resolves.toBe('25 aanvragen')
    await expect(position(page)).resolves.toBe('Pagina 1 van 2')
    await expect(pages(page).locator('[aria-current="page"]').innerText()).resolves.toBe('1')
    // Newest first: the last one filed leads.
    await expect(titles(page)).resolves.toContain('Aanvraag A 25')
    const firstPage = await titles(page)

    await page
      .getByRole('navigation', { name: 'Pagina’s met aanvragen' })
      .getByRole('link', { name: 'Pagina 2' })
      .click()
    await page.waitForURL((url) => url.search === '?pagina=2')
    await expect(rows(page).count()).resolves.toBe(5)
    await expect(position(page)).resolves.toBe('Pagina 2 van 2')
    const secondPage = await titles(page)
    expect(new Set([...firstPage, ...secondPage]).size).toBe(25)
    expect([...firstPage, ...secondPage]).not.toEqual(expect.arrayContaining([expect.stringContaining('opvang B')]))

    // The status filter (from page 2: a new filter starts at page 1) narrows to the matched four.
    await page.getByLabel('Status').selectOption({ label: 'Gematcht' })
    await page.getByRole('button', { name: 'Toon aanvragen' }).click()
    await page.waitForURL((url) => JSON.stringify(filled(url)) === '{"status":"matched"}')
    await expect(rows(page).count()).resolves.toBe(4)
    await expect(count(page)).resolves.toBe('4 aanvragen gevonden')
    await expect(page.locator('table tbody .badge').allInnerTexts()).resolves.toEqual(Array(4).fill('Gematcht'))
    await expect(page.locator('.pagination').count()).resolves.toBe(0)

    // 21 still matching: the filter stays on in the page links.
    await page.getByLabel('Status').selectOption({ label: 'Bezig met matchen' })
    await page.getByRole('button', { name: 'Toon aanvragen' }).click()
    await page.waitForURL((url) => JSON.stringify(filled(url)) === '{"status":"matching"}')
    await expect(rows(page).count()).resolves.toBe(20)
    await pages(page).getByRole('link', { name: 'Volgende' }).click()
    await page.waitForURL((url) => url.search === '?status=matching&pagina=2')
    await expect(rows(page).count()).resolves.toBe(1)
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe('matching')

    // A word of a title, in other case, finds that one (not the other organisation's EMDR request).
    await page.getByLabel('Status').selectOption({ label: 'Alle statussen' })
    await page.getByLabel('Zoek op titel').fill('emdr')
    await page.getByRole('button', { name: 'Toon aanvragen' }).click()
    await page.waitForURL((url) => JSON.stringify(filled(url)) === '{"zoek":"emdr"}')
    await expect(titles(page)).resolves.toEqual(['Traumabehandeling EMDR Zaanstad'])
    await expect(count(page)).resolves.toBe('1 aanvraag gevonden')

    // Nothing closed: said in Dutch, with the way back to the whole list.
    await page.goto(`${web.url}/aanvragen?status=closed`)
    await page.getByText('Geen aanvragen met deze status.').waitFor()
    await page.getByRole('main').getByRole('link', { name: 'Filter wissen' }).last().click()
    await page.waitForURL((url) => url.pathname === '/aanvragen' && url.search === '')
    await expect(rows(page).count()).resolves.toBe(20)
    await context.close()
  }, 420_000)

  it('searches regex characters as typed and answers a bad URL with the first page', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, email, 'test-wachtwoord-123')

    // ".*" as a regex would match every title; searched as typed it matches none.
    await page.goto(`${web.url}/aanvragen?zoek=${encodeURIComponent('.*')}`, { timeout: 180_000 })
    await page.getByText('Geen aanvragen met ‘.*’ in de titel.').waitFor()
    await page.goto(`${web.url}/aanvragen?zoek=${encodeURIComponent('A (1')}`)
    await page.getByText('Geen aanvragen met ‘A (1’ in de titel.').waitFor()

    for (const search of ['?pagina=twee&status=bestaat-niet', '?pagina=-3', `?zoek=${'x'.repeat(500)}`]) {
      const response = await page.goto(`${web.url}/aanvragen${search}`)
      expect(response?.status()).toBe(200)
      await expect(rows(page).count()).resolves.toBe(20)
      await expect(position(page)).resolves.toBe('Pagina 1 van 2')
    }
    // A page past the end (an old link) shows the last one.
    await page.goto(`${web.url}/aanvragen?pagina=9`)
    await expect(rows(page).count()).resolves.toBe(5)
    await expect(position(page)).resolves.toBe('Pagina 2 van 2')
    await context.close()
  }, 300_000)
})
