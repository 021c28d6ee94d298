import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { logIn } from '../helpers/browser'
import { createMember, createOrganisation, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import type { WebServer } from '../helpers/webServer'

/**
 * The coverage pages in Chromium with real numbers: the public Regio's page and its chart; the
 * detail page for staff and coordinators with what is missing where, drawn by Recharts, with a
 * table beside it; a coordinator reads counts over all organisations' requests, never another
 * organisation's request itself; a therapist gets no details.
 */
let payload: Payload
let web: WebServer
let browser: Browser
let portal: PortalWorld
const staff = uniqueEmail('staf')
const coordinatorA = uniqueEmail('coordinator-a')
const therapist = uniqueEmail('behandelaar')
const SECRET_TITLE = 'Aanvraag van opvang B die A niet mag zien'

beforeAll(async () => {
  payload = await testPayload()
  const region = async (name: string, targetTherapists: number) =>
    String(
      (
        await payload.create({
          collection: 'regions',
          data: { name, slug: name.toLowerCase(), centrumgemeente: name, targetTherapists },
          overrideAccess: true,
        })
      ).id,
    )
  const zaan = await region('Zaanstreek-Waterland', 4)
  const adam = await region('Amsterdam-Amstelland', 1)
  const expertise = async (name: string, kind: string) =>
    String((await payload.create({ collection: 'expertise', data: { name, kind } as never, overrideAccess: true })).id)
  const cpp = await expertise('CPP', 'method')
  const emdr = await expertise('EMDR', 'method')
  const toddlers = await expertise('0–4 jaar', 'target-group')
  const orgA = String((await createOrganisation(payload, zaan, 'Opvang A')).id)
  const orgB = String((await createOrganisation(payload, zaan, 'Opvang B')).id)
  await createUser(payload, ['admin'], { email: staff })
  await createUser(payload, ['coordinator'], { email: coordinatorA, organisation: orgA })
  const user = await createUser(payload, ['therapist'], { email: therapist })
  const member = await createMember(payload, String(user.id), zaan, 'active')
  await payload.update({ collection: 'members', id: member.id, data: { methods: [emdr] }, overrideAccess: true })
  const amsterdam = await createMember(payload, String((await createUser(payload, ['therapist'])).id), adam, 'active')
  await payload.update({
    collection: 'members',
    id: amsterdam.id,
    data: { methods: [cpp], targetGroups: [toddlers] },
    overrideAccess: true,
  })
  for (const [organisation, title] of [
    [orgA, 'Aanvraag van opvang A'],
    [orgB, SECRET_TITLE],
  ])
    await payload.create({
      collection: 'requests',
      data: {
        title,
        organisation,
        kind: 'case',
        region: zaan,
        urgency: 'normal',
        status: 'matching',
        expertise: [cpp],
        targetGroup: toddlers,
        submittedAt: new Date().toISOString(),
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

describe('coverage', () => {
  it('shows the public every region as a bar with its numbers, beside the table', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await page.goto(`${web.url}/regios`, { timeout: 180_000 })
    // Recharts draws in the browser, once the page has hydrated.
    await page.locator('.coverage-chart .recharts-bar-rectangle').first().waitFor()
    await expect(page.locator('.coverage-chart .recharts-bar-rectangle').count()).resolves.toBe(2)
    await expect(page.locator('.coverage-chart').getByText('1/4').count()).resolves.toBe(1)
    await expect(page.locator('.coverage-chart').getByText('1/1').count()).resolves.toBe(1)
    await expect(page.getByRole('link', { name: /Dekking in detail/ }).count()).resolves.toBe(0)
    await context.close()
  })

  it('tells staff what is missing where, with capacity and open requests', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, staff, 'test-wachtwoord-123')
    await page.goto(`${web.url}/regios`, { timeout: 180_000 })
    await page.getByRole('link', { name: 'Dekking in detail: wat ontbreekt waar' }).click()
    await page.waitForURL(`${web.url}/regios/dekking`)
    await page.getByRole('heading', { level: 1, name: 'Dekking in detail' }).waitFor()
    await expect(page.locator('.coverage-gaps li').allInnerTexts()).resolves.toEqual([
      'Zaanstreek-Waterland: geen behandelaar voor 0–4 jaar met CPP; 2 aanvragen vroegen erom',
    ])
    await page.locator('.coverage-chart .recharts-bar-rectangle').first().waitFor()
    await expect(page.locator('.coverage-chart .recharts-bar-rectangle').count()).resolves.toBe(2)
    const table = page.getByRole('table', { name: 'Dekking, capaciteit en snelheid per regio' })
    const zaan = table.getByRole('row').filter({ hasText: 'Zaanstreek-Waterland' })
    await expect(zaan.getByRole('cell').allInnerTexts()).resolves.toEqual([
      '1 van 4 (25%)',
      '2 casussen, 4 uur per week',
      '2',
      '–',
      '–',
      '0 opleiding(en), 0 groep(en)',
    ])
    await page.screenshot({ path: 'test-results/look-and-feel/dekking.png', fullPage: true })
    await context.close()
  })

  it('gives a coordinator the counts over all requests, never another organisation’s request', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, coordinatorA, 'test-wachtwoord-123')
    await page.goto(`${web.url}/regios/dekking`, { timeout: 180_000 })
    await page.getByText(/2 aanvragen vroegen erom/).waitFor()
    expect(await page.content()).not.toContain(SECRET_TITLE)
    expect(await page.content()).not.toContain('Opvang B')
    await context.close()
  })

  it('gives a therapist no details', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, therapist, 'test-wachtwoord-123')
    await page.goto(`${web.url}/regios/dekking`, { timeout: 180_000 })
    await expect(page.getByText(/vroegen erom/).count()).resolves.toBe(0)
    await expect(page.locator('.coverage-chart').count()).resolves.toBe(0)
    await context.close()
  })
})
