import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { createTraining, inDays } from '../certification/setup'
import { logIn } from '../helpers/browser'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import type { WebServer } from '../helpers/webServer'

/**
 * A therapist reads a training's page from the offer: what it is, its sessions, its trainers,
 * what it asks and what the certificate gives, and enrols there; a full training offers the
 * waiting list, one whose last session has passed no enrolment at all.
 */
let payload: Payload
let web: WebServer
let browser: Browser
let portal: PortalWorld
const email = uniqueEmail('behandelaar')
const titles = { open: 'EMDR bij jonge kinderen', full: 'Traumasensitief werken', past: 'Gezinsgesprekken na geweld' }

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const trainer = await createUser(payload, ['trainer'])
  await payload.update({ collection: 'users', id: trainer.id, data: { name: 'Ineke Trainer' }, overrideAccess: true })
  const therapist = await createUser(payload, ['therapist'], { email })
  await createMember(payload, String(therapist.id), region, 'active')
  const steps = [
    { kind: 'sessions', title: 'Bijeenkomsten', target: 2 },
    { kind: 'assignment', title: 'Casusverslag' },
  ]
  const training = async (title: string, extra: Parameters<typeof createTraining>[3]) => {
    const created = await createTraining(payload, [String(trainer.id)], steps as never, extra)
    return payload.update({ collection: 'trainings', id: created.id, data: { title, slug: '' }, overrideAccess: true })
  }
  await training(titles.open, { capacity: 4, sessionDates: [inDays(20), inDays(10)], renewalCredits: 40 })
  const full = await training(titles.full, { capacity: 1, sessionDates: [inDays(30)] })
  await training(titles.past, { capacity: 4, sessionDates: [inDays(-3)] })
  // Every place of the full training taken by someone else.
  const other = await createUser(payload, ['therapist'])
  const otherMember = await createMember(payload, String(other.id), region, 'active')
  await payload.create({
    collection: 'enrollments',
    data: { training: full.id, member: otherMember.id, status: 'active', placeKey: 'place-1' } as never,
    overrideAccess: true,
  })
  portal = await startPortalWorld()
  ;({ web, browser } = portal)
}, 180_000)

afterAll(async () => {
  await portal?.stop()
  await dropTestDatabase(payload)
})

describe('a training page', () => {
  it('tells what the training is and asks, and offers enrolment, the waiting list or nothing', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await logIn(page, web.url, email, 'test-wachtwoord-123')

    await page.goto(`${web.url}/opleidingen`, { timeout: 180_000 })
    await page.getByRole('link', { name: titles.open }).click()
    await page.waitForURL((url) => url.pathname === '/opleidingen/emdr-bij-jonge-kinderen')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(titles.open)
    const main = page.getByRole('main')
    await expect(main.innerText()).resolves.toEqual(
      expect.stringMatching(/Trainers\s+Ineke Trainer[\s\S]*4 van 4 plaatsen vrij/),
    )
    // Sessions in date order, with their time, in Dutch.
    await expect(page.getByRole('region', { name: 'Bijeenkomsten' }).locator('li').count()).resolves.toBe(2)
    await expect(page.getByRole('region', { name: 'Wat de opleiding van je vraagt' }).innerText()).resolves.toMatch(
      /Bijeenkomsten \(Bijeenkomsten bijwonen, 2\)[\s\S]*Casusverslag \(Opdracht\)/,
    )
    await expect(page.getByRole('region', { name: 'Wat het certificaat je geeft' }).innerText()).resolves.toMatch(
      /5 jaar geldig\. Verlengen vraagt 40 punten/,
    )
    await expect(page.getByRole('button', { name: `Inschrijven: ${titles.open}` }).count()).resolves.toBe(1)

    await page.goto(`${web.url}/opleidingen/traumasensitief-werken`)
    await page.getByText('Vol: inschrijven zet je op de wachtlijst').waitFor()
    await expect(page.getByRole('button', { name: `Op de wachtlijst: ${titles.full}` }).count()).resolves.toBe(1)

    await page.goto(`${web.url}/opleidingen/gezinsgesprekken-na-geweld`)
    await page.getByText('Inschrijving gesloten: de laatste bijeenkomst is voorbij.').waitFor()
    await expect(page.getByRole('button', { name: /Inschrijven|wachtlijst/ }).count()).resolves.toBe(0)

    const missing = await page.goto(`${web.url}/opleidingen/bestaat-niet`)
    expect(missing?.status()).toBe(404)
    // Search engines find each training's page.
    const sitemap = await (await fetch(`${web.url}/sitemap.xml`)).text()
    expect(sitemap).toContain('/opleidingen/emdr-bij-jonge-kinderen</loc>')
    await context.close()
  }, 300_000)
})
