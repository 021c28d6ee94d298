import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { logIn } from '../helpers/browser'
import { createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import type { WebServer } from '../helpers/webServer'

/**
 * A researcher opens Onderzoekscijfers, chooses JSON and downloads the figures with the logged-in
 * session; the download is logged. A therapist gets the page's no-access state.
 */
let payload: Payload
let web: WebServer
let browser: Browser
let portal: PortalWorld
const researcher = uniqueEmail('onderzoeker')
const therapist = uniqueEmail('behandelaar')

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['researcher'], { email: researcher })
  await createUser(payload, ['therapist'], { email: therapist })
  portal = await startPortalWorld()
  ;({ web, browser } = portal)
}, 180_000)

afterAll(async () => {
  await portal?.stop()
  await dropTestDatabase(payload)
})

describe('the research page', () => {
  it('downloads the figures a researcher chose, and the download is logged', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, researcher, 'test-wachtwoord-123')
    await page.goto(`${web.url}/onderzoek`, { timeout: 180_000 })
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Onderzoekscijfers')
    await page.getByLabel('Vanaf kwartaal').selectOption('2025-K1')
    await page.getByLabel('Tot en met kwartaal').selectOption('2025-K2')
    await page.getByLabel('JSON').check()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Cijfers downloaden' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('onderzoekscijfers-2025-K1-2025-K2.json')
    const body = JSON.parse(await readFile((await download.path())!, 'utf8'))
    expect(body.quarters).toEqual(['2025-K1', '2025-K2'])
    expect(Object.keys(body.figures)).toContain('requestsByRegion')
    const log = await payload.find({
      collection: 'research-exports',
      depth: 1,
      pagination: false,
      overrideAccess: true,
    })
    expect(log.docs.map((doc) => [(doc.user as { email: string }).email, doc.format, doc.from, doc.to])).toEqual([
      [researcher, 'json', '2025-K1', '2025-K2'],
    ])
    await context.close()
  })

  it('shows a therapist no figures', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, therapist, 'test-wachtwoord-123')
    await page.goto(`${web.url}/onderzoek`, { timeout: 180_000 })
    await expect(page.getByRole('button', { name: 'Cijfers downloaden' }).count()).resolves.toBe(0)
    await context.close()
  })
})
