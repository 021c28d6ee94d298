import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { logIn, waitForHydration } from '../helpers/browser'
import { eventually } from '../helpers/eventually'
import { createMember, createOrganisation, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { endRunsOnTaskQueue } from '../helpers/temporal'
import type { WebServer } from '../helpers/webServer'
import { type BrowserWorld, startBrowserWorld } from '../helpers/browserWorld'

/**
 * Coordinator and therapist in two browsers. The therapist's accept says what happens next;
 * the coordinator's open request page follows without a reload — its status badge moves to
 * "Wacht op bevestiging" and, after "Bevestigen", to "Gematcht"; only then does the therapist's
 * offer page show whom to contact. Cancelling asks first, with
 * room for a reason, and cancels only on the second button.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: BrowserWorld
let web: WebServer
let browser: Browser
let region: string
let expertise: string
const password = 'test-wachtwoord-123'
const coordinatorEmail = uniqueEmail('coordinator')
const therapistEmail = uniqueEmail('therapeut')

beforeAll(async () => {
  payload = await testPayload()
  region = String(
    (
      await payload.create({
        collection: 'regions',
        data: { name: 'Kennemerland', slug: 'haarlem', centrumgemeente: 'Haarlem' },
        overrideAccess: true,
      })
    ).id,
  )
  expertise = String(
    (await payload.create({ collection: 'expertise', data: { name: 'EMDR', kind: 'method' }, overrideAccess: true }))
      .id,
  )
  const organisation = await createOrganisation(payload, region)
  await payload.update({
    collection: 'organisations',
    id: organisation.id,
    data: { contactEmail: 'info@opvang.example.test' },
    overrideAccess: true,
  })
  await createUser(payload, ['coordinator'], { email: coordinatorEmail, organisation: String(organisation.id) })
  const therapist = await createUser(payload, ['therapist'], { email: therapistEmail })
  await createMember(payload, String(therapist.id), region)
  world = await startBrowserWorld(payload)
  ;({ env, web, browser } = world)
}, 180_000)

afterEach(() => endRunsOnTaskQueue(env.client))

afterAll(async () => {
  await world?.stop()
  await dropTestDatabase(payload)
})

async function loggedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  await logIn(page, web.url, email, password)
  return { context, page }
}

/** Files a request from the coordinator's page, as the request form does, and opens it. */
async function fileRequest(page: Page, title: string): Promise<string> {
  const body = { title, kind: 'case', region, expertise: [expertise], context: 'Kind van 8 jaar met nachtmerries.' }
  const { status, requestId } = await page.evaluate(async (data) => {
    const response = await fetch('/api/requests/submit', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
    })
    return { status: response.status, ...((await response.json()) as { requestId: string }) }
  }, body)
  expect(status).toBe(201)
  await page.goto(`${web.url}/aanvragen/${requestId}`, { timeout: 180_000 })
  await waitForHydration(page, 'main button')
  return requestId
}

const statusBadge = (page: Page) => page.locator('.request-status .badge')

const offerTo = (requestId: string) =>
  eventually(
    async () =>
      (await payload.find({ collection: 'offers', where: { request: { equals: requestId } }, overrideAccess: true }))
        .docs[0],
    30_000,
    'the first offer',
  )

describe('answer and confirm in two browsers', () => {
  it('the accept says what comes next, and the request page follows to "Gematcht" without a reload', async () => {
    const coordinator = await loggedIn(coordinatorEmail)
    const requestId = await fileRequest(coordinator.page, 'Traumabehandeling kind 8 jaar')
    const offer = await offerTo(requestId)

    const therapist = await loggedIn(therapistEmail)
    await therapist.page.goto(`${web.url}/mijn-aanbiedingen/${offer.id}`)
    await waitForHydration(therapist.page, 'main button')
    await therapist.page.getByRole('button', { name: 'Accepteren' }).click()
    await therapist.page
      .getByRole('status')
      .getByText(/Je hebt deze aanbieding geaccepteerd/)
      .waitFor()
    await expect(therapist.page.getByRole('button', { name: 'Accepteren' }).count()).resolves.toBe(0)
    // Accepted is not matched: no contact yet.
    await expect(therapist.page.getByRole('heading', { name: 'Contact' }).count()).resolves.toBe(0)

    // The coordinator's page, open all along, polls: no reload anywhere below.
    const page = coordinator.page
    await statusBadge(page).getByText('Wacht op bevestiging').waitFor()
    await page.getByRole('button', { name: 'Bevestigen', exact: true }).click()
    await statusBadge(page).getByText('Gematcht').waitFor()
    await page.getByText(/Match bevestigd en vastgelegd/).waitFor()
    await expect(
      payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true }).then((r) => r.status),
    ).resolves.toBe('matched')

    // Matched: the therapist's offer page now says whom to contact.
    await therapist.page.reload()
    const contact = therapist.page.getByRole('region', { name: 'Contact' })
    await contact.waitFor()
    await expect(contact.getByRole('link', { name: coordinatorEmail }).getAttribute('href')).resolves.toBe(
      `mailto:${coordinatorEmail}`,
    )
    await contact.getByRole('link', { name: 'info@opvang.example.test' }).waitFor()
    await coordinator.context.close()
    await therapist.context.close()
  }, 420_000)

  it('"Aanvraag annuleren" asks first, can be taken back, and cancels with the reason given', async () => {
    const { context, page } = await loggedIn(coordinatorEmail)
    const requestId = await fileRequest(page, 'Structurele samenwerking Haarlem')
    await offerTo(requestId)

    await page.getByRole('button', { name: 'Aanvraag annuleren…' }).click()
    await page.getByText('Weet je het zeker? Open aanbiedingen worden ingetrokken.').waitFor()
    await page.getByRole('button', { name: 'Niet annuleren' }).click()
    await page.getByRole('button', { name: 'Aanvraag annuleren…' }).waitFor()
    const stillOpen = await payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true })
    expect(stillOpen.status).toBe('matching')

    await page.getByRole('button', { name: 'Aanvraag annuleren…' }).click()
    await page.getByLabel('Reden (optioneel)').fill('De jeugdige is verhuisd naar een andere regio.')
    await page.getByRole('button', { name: 'Ja, annuleer de aanvraag' }).click()
    await page.getByRole('status').getByText('De aanvraag is geannuleerd.').waitFor()
    await statusBadge(page).getByText('Geannuleerd').waitFor()
    const cancelled = await eventually(
      async () => {
        const request = await payload.findByID({ collection: 'requests', id: requestId, overrideAccess: true })
        return request.status === 'cancelled' && request
      },
      15_000,
      'the cancelled request',
    )
    expect(cancelled.closedReason).toBe('De jeugdige is verhuisd naar een andere regio.')
    await context.close()
  }, 420_000)
})
