import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { logIn } from '../helpers/browser'
import { createOrganisation, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import type { WebServer } from '../helpers/webServer'

/**
 * Staff open Bewaartermijn and read what tonight's run would anonymise, by the month the
 * requests closed; a coordinator gets the no-access state, not the figures.
 */
let payload: Payload
let web: WebServer
let browser: Browser
let portal: PortalWorld
const staff = uniqueEmail('staf')
const coordinator = uniqueEmail('coordinator')

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'], { email: staff })
  const region = String((await createRegion(payload)).id)
  const organisation = String((await createOrganisation(payload, region)).id)
  await createUser(payload, ['coordinator'], { email: coordinator, organisation })
  for (const [status, closedAt] of [
    ['cancelled', '2024-03-10T10:00:00.000Z'],
    ['matched', '2024-03-20T10:00:00.000Z'],
    ['closed', new Date().toISOString()],
  ])
    await payload.create({
      collection: 'requests',
      data: { title: 'Oud', organisation, kind: 'case', region, urgency: 'normal', status, closedAt } as never,
      overrideAccess: true,
    })
  portal = await startPortalWorld()
  ;({ web, browser } = portal)
}, 180_000)

afterAll(async () => {
  await portal?.stop()
  await dropTestDatabase(payload)
})

describe('the retention preview', () => {
  it('tells staff how many requests tonight would anonymise, by month of closing', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, staff, 'test-wachtwoord-123')
    await page.goto(`${web.url}/beheer`, { timeout: 180_000 })
    await page.getByRole('link', { name: 'Bewaartermijn' }).click()
    await page.waitForURL(`${web.url}/beheer/bewaartermijn`)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Bewaartermijn')
    await expect(page.getByText('Vannacht zou dit 2 aanvragen anonimiseren').count()).resolves.toBe(1)
    const table = page.getByRole('table', { name: 'Te anonimiseren aanvragen per maand van afronden' })
    await expect(table.getByRole('row').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/Afgerond in\s+Aanvragen/),
      expect.stringMatching(/maart 2024\s+2/),
    ])
    await context.close()
  })

  it('shows a coordinator no figures', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, coordinator, 'test-wachtwoord-123')
    await page.goto(`${web.url}/beheer/bewaartermijn`, { timeout: 180_000 })
    await expect(page.getByText(/anonimiseren/).count()).resolves.toBe(0)
    await context.close()
  })
})
