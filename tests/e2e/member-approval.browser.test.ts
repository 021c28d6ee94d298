import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { chooseInComboBox, logIn } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { createMember, createUser } from '../helpers/factories'
import { uniqueEmail, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { endRunsOnTaskQueue } from '../helpers/temporal'
import type { WebServer } from '../helpers/webServer'
import { type BrowserWorld, startBrowserWorld } from '../helpers/browserWorld'

/**
 * The whole chain in a real browser: portal sign-up → Payload → Temporal →
 * activity → mail to staff → staff approve in the portal → member active → welcome
 * mail → the new therapist logs in and sees the therapist's menu.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: BrowserWorld
let web: WebServer
let browser: Browser
let earlierMemberId: string
const staffEmail = uniqueEmail('staf')
const therapistEmail = uniqueEmail('nieuwe.drakentemmer')
const password = 'test-wachtwoord-123'
const therapistPassword = 'een-heel-lang-wachtwoord'

beforeAll(async () => {
  payload = await testPayload()
  const region = await payload.create({
    collection: 'regions',
    data: { name: 'Kennemerland', slug: 'haarlem', centrumgemeente: 'Haarlem' },
    overrideAccess: true,
  })
  await payload.create({ collection: 'expertise', data: { name: 'EMDR', kind: 'method' }, overrideAccess: true })
  await createUser(payload, ['admin'], { email: staffEmail })
  // Already a member with the SKJ number the new therapist will type: staff must hear of it.
  const earlier = await createMember(payload, String((await createUser(payload, ['therapist'])).id), String(region.id))
  earlierMemberId = String(earlier.id)
  await payload.update({
    collection: 'members',
    id: earlierMemberId,
    data: { displayName: 'Lotte Smit', registrationType: 'SKJ', registrationNumber: '1234567' },
    overrideAccess: true,
  })
  world = await startBrowserWorld(payload)
  ;({ env, web, browser } = world)
}, 180_000)

afterEach(() => endRunsOnTaskQueue(env.client))

afterAll(async () => {
  await world?.stop()
  await dropTestDatabase(payload)
})

describe('member approval in the browser', () => {
  it('a therapist signs up, staff approve in the portal, the therapist is welcomed and logs in', async () => {
    const page = await browser.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${web.url}/aanmelden`, { timeout: 180_000 })
    expect(await page.locator('html').getAttribute('lang')).toBe('nl')

    // Submitting an empty form shows Dutch errors first.
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click()
    await expect(page.getByText('Je aanmelding is nog niet verstuurd').isVisible()).resolves.toBe(true)

    await page.getByLabel('Volledige naam').fill('Noor Bakker')
    await page.getByLabel('E-mailadres').fill(therapistEmail)
    await page.getByLabel('Wachtwoord').fill(therapistPassword)
    await page.getByRole('button', { name: /Beroep/ }).click()
    await page.getByRole('option', { name: 'Orthopedagoog-generalist' }).click()
    await page.getByRole('button', { name: /Register/ }).click()
    await page.getByRole('option', { name: 'SKJ-register' }).click()
    await page.getByLabel('Registratienummer').fill('1234567')
    await chooseInComboBox(page, /Eigen regio/, 'Kenn', 'Kennemerland')
    await page.getByRole('checkbox', { name: 'EMDR' }).check({ force: true })
    await page.getByRole('checkbox', { name: /toestemming/ }).check({ force: true })
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click()
    await page.waitForURL(/\/aanmelden\/bedankt/, { timeout: 60_000 })

    const staffMail = await waitForMail(staffEmail, /Nieuwe aanmelding: Noor Bakker/, 30_000)
    expect(staffMail.text).toContain('/admin/collections/members/')
    expect(staffMail.text).toContain('ook opgegeven door Lotte Smit (actief)')
    const member = (
      await payload.find({
        collection: 'members',
        where: { displayName: { equals: 'Noor Bakker' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!
    expect(member).toMatchObject({ status: 'pending', registrationType: 'SKJ', profession: 'orthopedagoog-generalist' })

    const staff = await browser.newContext()
    const staffPage = await staff.newPage()
    staffPage.setDefaultTimeout(60_000)
    await logIn(staffPage, web.url, staffEmail, password)
    await staffPage.goto(`${web.url}/beheer/aanmeldingen`, { timeout: 180_000 })
    const card = staffPage.getByRole('listitem', { name: 'Noor Bakker' })
    await card.getByText('Dit nummer in het SKJ-register is ook opgegeven door:').waitFor()
    await expect(card.getByRole('link', { name: 'Lotte Smit' }).getAttribute('href')).resolves.toBe(
      `/admin/collections/members/${earlierMemberId}`,
    )
    await staffPage.getByRole('button', { name: 'Noor Bakker goedkeuren' }).click()
    await staffPage.getByText('Noor Bakker is goedgekeurd.').waitFor()

    await eventually(
      async () =>
        (await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })).status === 'active',
      15_000,
      'member active',
    )
    const welcome = await waitForMail(therapistEmail, /Welkom bij Drakentemmers/, 30_000)
    expect(welcome.text).toContain('Beste Noor Bakker')

    const therapist = await browser.newContext()
    const therapistPage = await therapist.newPage()
    therapistPage.setDefaultTimeout(60_000)
    await logIn(therapistPage, web.url, therapistEmail, therapistPassword)
    await expect(therapistPage.getByRole('link', { name: 'Mijn aanbiedingen' }).count()).resolves.toBeGreaterThan(0)
  }, 420_000)

  it('a user who forgot the password resets it from the mail, logs in with the new one, and logs out', async () => {
    const email = uniqueEmail('vergeten')
    await createUser(payload, ['coordinator'], { email })
    const page = await (await browser.newContext()).newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${web.url}/wachtwoord-vergeten`, { timeout: 180_000 })
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByRole('button', { name: 'Stuur mij een link' }).click()
    await page.getByText('Kijk in je mailbox').waitFor()

    const mail = await waitForMail(email, /Nieuw wachtwoord instellen/, 30_000)
    const token = /wachtwoord-herstellen\?token=([^"&\s]+)/.exec(mail.html)?.[1]
    expect(token).toBeTruthy()
    await page.goto(`${web.url}/wachtwoord-herstellen?token=${token}`)
    await page.getByLabel('Nieuw wachtwoord').fill('mijn-nieuwe-wachtwoord')
    await page.getByLabel('Herhaal het wachtwoord').fill('mijn-nieuwe-wachtwoord')
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
    await page.waitForURL((url) => url.pathname === '/', { timeout: 60_000 })

    // The link is used up, and the new password is the one that works.
    await page.goto(`${web.url}/uitloggen`)
    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await page.waitForURL((url) => url.pathname === '/', { timeout: 60_000 })
    await page.getByRole('link', { name: 'Inloggen' }).first().waitFor()
    const login = (secret: string) =>
      fetch(`${web.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: secret }),
      })
    const reuse = await fetch(`${web.url}/api/users/reset-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'nog-een-ander-wachtwoord' }),
    })
    expect(reuse.ok).toBe(false)
    expect((await login(password)).status).toBe(401)
    expect((await login('mijn-nieuwe-wachtwoord')).status).toBe(200)
    await logIn(page, web.url, email, 'mijn-nieuwe-wachtwoord')
    await expect(page.getByRole('link', { name: 'Aanvragen' }).count()).resolves.toBeGreaterThan(0)
  }, 300_000)
})
