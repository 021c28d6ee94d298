import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { candidateWheres, loadCandidates } from '../../src/store/candidates'
import { logIn } from '../helpers/browser'
import { createMember, createOrganisation, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import type { WebServer } from '../helpers/webServer'

/**
 * A therapist keeps their own profile in a real browser: log in and land on the start page
 * (an offer waiting, counted in the menu), follow "Mijn profiel" in the menu, add a region and an introduction, save; the page shows it after a reload and
 * matching finds the therapist in the new region.
 */
let payload: Payload
let web: WebServer
let browser: Browser
let portal: PortalWorld
let memberId: string
let flevoland: string
const email = uniqueEmail('profiel')
const password = 'test-wachtwoord-123'

beforeAll(async () => {
  payload = await testPayload()
  const home = await payload.create({
    collection: 'regions',
    data: { name: 'Kennemerland', slug: 'haarlem', centrumgemeente: 'Haarlem' },
    overrideAccess: true,
  })
  flevoland = String(
    (
      await payload.create({
        collection: 'regions',
        data: { name: 'Flevoland', slug: 'almere', centrumgemeente: 'Almere' },
        overrideAccess: true,
      })
    ).id,
  )
  const user = await createUser(payload, ['therapist'], { email })
  memberId = String((await createMember(payload, String(user.id), String(home.id))).id)
  // One offer waits for an answer: the start page and the menu's count show it.
  const organisation = await createOrganisation(payload, String(home.id))
  const request = await payload.create({
    collection: 'requests',
    data: {
      title: 'Traumabehandeling kind 6 jaar',
      organisation: organisation.id,
      kind: 'case',
      region: home.id,
      urgency: 'normal',
      status: 'matching',
    } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'offers',
    data: {
      request: request.id,
      member: memberId,
      status: 'open',
      deadline: '2030-03-02T12:00:00.000Z',
      summary: 'Traumabehandeling kind 6 jaar\nRegio Kennemerland',
    } as never,
    overrideAccess: true,
  })
  portal = await startPortalWorld()
  ;({ web, browser } = portal)
}, 180_000)

afterAll(async () => {
  await portal?.stop()
  await dropTestDatabase(payload)
})

describe('Mijn profiel in the browser', () => {
  it('a therapist adds a region and an introduction; the page keeps them and matching uses the region', async () => {
    expect((await loadCandidates(payload, candidateWheres([flevoland], 'own'))).map((c) => c.id)).not.toContain(
      memberId,
    )
    const page = await browser.newPage()
    page.setDefaultTimeout(60_000)
    // Login lands on the start page: the offer waiting for an answer, and its count in the menu.
    await logIn(page, web.url, email, password)
    await page.getByRole('heading', { level: 1, name: 'Wat vraagt mijn aandacht' }).waitFor()
    await page.getByRole('link', { name: 'Traumabehandeling kind 6 jaar' }).waitFor()
    await page.getByRole('link', { name: 'Mijn aanbiedingen (1 wacht op jou)' }).first().waitFor()

    await page.getByRole('link', { name: 'Mijn profiel' }).first().click()
    await page.waitForURL((url) => url.pathname === '/profiel', { timeout: 180_000 })
    await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor()

    await page.getByRole('checkbox', { name: 'Flevoland' }).check({ force: true })
    const intro = 'Ik behandel jonge kinderen met EMDR en werk graag samen met de vrouwenopvang.'
    await page.getByLabel('Korte introductie').fill(intro)
    await page.getByRole('button', { name: 'Profiel opslaan' }).click()
    await page.getByText('Je profiel is opgeslagen.').waitFor()

    await page.reload()
    await expect(page.getByLabel('Korte introductie').inputValue()).resolves.toBe(intro)
    await expect(page.getByRole('checkbox', { name: 'Flevoland' }).isChecked()).resolves.toBe(true)
    const found = await loadCandidates(payload, candidateWheres([flevoland], 'own'))
    expect(found.map((candidate) => candidate.id)).toContain(memberId)
  }, 420_000)

  it('in English, a refused field says what is wrong in English', async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, email, password)
    // The language the switch sets (after logging in: the login helper speaks Dutch).
    await context.addCookies([{ name: 'lang', value: 'en', url: web.url }])
    await page.goto(`${web.url}/profiel`, { timeout: 180_000 })
    await page.getByLabel('Short introduction').fill('Bel me gerust op 0612345678 voor overleg.')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await page.getByText('One field needs attention; it is marked below.').waitFor()
    await page
      .getByText('Your introduction contains a phone number. Nothing here may identify a client;', { exact: false })
      .first()
      .waitFor()
    await expect(page.getByText('bevat een telefoonnummer').count()).resolves.toBe(0)
    await context.close()
  }, 240_000)
})
