import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { logIn } from '../helpers/browser'
import { readFile } from 'node:fs/promises'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import type { WebServer } from '../helpers/webServer'

/**
 * Privacy in the portal: staff open Bewaartermijn and read what tonight's run would anonymise,
 * by the month the requests closed (a coordinator gets no figures); the privacy statement says
 * the retention period as set now; the accessibility statement is there; a therapist downloads
 * their own data from Mijn profiel, without what is about families.
 */
let payload: Payload
let web: WebServer
let browser: Browser
let portal: PortalWorld
const staff = uniqueEmail('staf')
const coordinator = uniqueEmail('coordinator')
const therapist = uniqueEmail('behandelaar')
const CONTEXT = 'Kind van 7 jaar met nachtmerries; moeder is in de opvang.'

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
  await payload.updateGlobal({ slug: 'settings', data: { privacy: { retentionMonths: 18 } }, overrideAccess: true })
  const user = await createUser(payload, ['therapist'], { email: therapist })
  const member = await createMember(payload, String(user.id), region, 'active')
  const request = await payload.create({
    collection: 'requests',
    data: {
      title: 'Nieuw',
      organisation,
      kind: 'case',
      region,
      urgency: 'normal',
      status: 'matching',
      context: CONTEXT,
    },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'offers',
    data: {
      request: request.id,
      member: member.id,
      status: 'declined',
      summary: CONTEXT,
      declineReason: 'Vol tot juni.',
    },
    overrideAccess: true,
  })
  portal = await startPortalWorld()
  ;({ web, browser } = portal)
}, 180_000)

afterAll(async () => {
  await portal?.stop()
  await dropTestDatabase(payload)
})

describe('privacy in the portal', () => {
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

  it('says in the privacy statement how long requests are kept, as set now', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await page.goto(`${web.url}/privacy`, { timeout: 180_000 })
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Privacyverklaring')
    const table = page.getByRole('table', { name: 'Welke gegevens, waarvoor, hoe lang en voor wie' })
    await expect(table.getByRole('row').count()).resolves.toBe(9)
    await expect(table.getByText(/^18 maanden na het afronden van de aanvraag/).count()).resolves.toBe(1)
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click()
    await page.waitForURL(`${web.url}/toegankelijkheid`)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Toegankelijkheidsverklaring')
    await expect(page.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual([
      'Status',
      'Hoe we het onderzochten',
      'Bekende problemen',
      'Wat we nog doen',
      'Contact en klachten',
    ])
    await context.close()
  })

  it('lets a therapist download their own data from Mijn profiel, without what is about families', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, therapist, 'test-wachtwoord-123')
    await page.goto(`${web.url}/profiel`, { timeout: 180_000 })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Mijn gegevens downloaden (JSON)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/)
    const text = await readFile((await download.path())!, 'utf8')
    const data = JSON.parse(text)
    expect(data.account).toMatchObject({ email: therapist, roles: ['therapist'] })
    expect(data.profile).toMatchObject({ displayName: 'Test Behandelaar', status: 'active' })
    expect(data.offers).toEqual([expect.objectContaining({ status: 'declined', declineReason: 'Vol tot juni.' })])
    expect(text).not.toContain(CONTEXT)
    for (const secret of ['"hash"', '"salt"', '"sessions"', 'resetPasswordToken']) expect(text).not.toContain(secret)
    const audit = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'export' } },
      pagination: false,
      overrideAccess: true,
    })
    expect(audit.docs.map((entry) => [entry.actorLabel, entry.targetId])).toEqual([[therapist, data.profile.id]])
    await context.close()
  })

  it('refuses the download without a login, and to an account without a therapist profile', async () => {
    const anonymous = await fetch(`${web.url}/api/members/me/data`)
    expect(anonymous.status).toBe(401)
    await expect(anonymous.json()).resolves.toEqual({ message: 'Log in om je gegevens te downloaden.' })
    const login = await fetch(`${web.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: coordinator, password: 'test-wachtwoord-123' }),
    })
    const { token } = (await login.json()) as { token: string }
    const none = await fetch(`${web.url}/api/members/me/data`, { headers: { authorization: `JWT ${token}` } })
    expect(none.status).toBe(404)
  })
})
