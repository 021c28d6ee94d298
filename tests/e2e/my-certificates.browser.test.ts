import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { createTraining } from '../certification/setup'
import { logIn } from '../helpers/browser'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import type { WebServer } from '../helpers/webServer'

/**
 * "Mijn certificaten" as the holder uses it in Chromium: the PDF downloads, the LinkedIn link is
 * LinkedIn's add-certification link for this certificate, the share link is copied and that is
 * announced (or shown for copying by hand without a clipboard); a revoked certificate says when
 * and why and offers nothing to download.
 */
let payload: Payload
let portal: PortalWorld
let web: WebServer
let browser: Browser
const password = 'test-wachtwoord-123'
const email = { holder: uniqueEmail('houder'), empty: uniqueEmail('zonder'), staff: uniqueEmail('staf') }
const stamp = Date.now()
const valid = { number: `DT-MIJN-${stamp}-1`, id: '', training: '' }
const revoked = { number: `DT-MIJN-${stamp}-2`, id: '', training: '' }
const reason = 'Uitgegeven op een verkeerde naam.'

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const holder = await createUser(payload, ['therapist'], { email: email.holder })
  const memberId = String((await createMember(payload, String(holder.id), region, 'active')).id)
  const empty = await createUser(payload, ['therapist'], { email: email.empty })
  await createMember(payload, String(empty.id), region, 'active')
  const staff = await createUser(payload, ['admin'], { email: email.staff })
  const trainer = await createUser(payload, ['trainer'])
  for (const certificate of [valid, revoked]) {
    const training = await createTraining(
      payload,
      [String(trainer.id)],
      [{ kind: 'assignment', title: 'Casusverslag' }],
    )
    certificate.training = training.title
    const created = await payload.create({
      collection: 'certificates',
      data: {
        number: certificate.number,
        member: memberId,
        holderName: 'Anna de Vriës-Özdemir',
        training: training.id,
        issuedAt: '2026-03-10T12:00:00.000Z',
        validUntil: '2031-03-10T12:00:00.000Z',
        status: 'valid',
      },
      overrideAccess: true,
    })
    certificate.id = String(created.id)
  }
  await payload.update({
    collection: 'certificates',
    id: revoked.id,
    data: { status: 'revoked', revocation: { reason } },
    overrideAccess: false,
    user: staff,
  })
  portal = await startPortalWorld()
  ;({ web, browser } = portal)
}, 180_000)

afterAll(async () => {
  await portal?.stop()
  await dropTestDatabase(payload)
})

async function myCertificates(context: BrowserContext, address: string): Promise<Page> {
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  await logIn(page, web.url, address, password)
  await page.goto(`${web.url}/mijn-certificaten`, { timeout: 180_000 })
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Mijn certificaten')
  return page
}

const card = (page: Page, number: string) => page.locator('li.card').filter({ hasText: number })
const verificationUrl = () => `${web.url}/certificaat/${valid.number}?ronde=0`

describe('Mijn certificaten', () => {
  it('sends a visitor to the login page first', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await page.goto(`${web.url}/mijn-certificaten`, { timeout: 180_000 })
    expect(new URL(page.url()).pathname).toBe('/inloggen')
    expect(new URL(page.url()).searchParams.get('volgende')).toBe('/mijn-certificaten')
    await context.close()
  })

  it("shows the holder's valid certificate, whose PDF link downloads the PDF", async () => {
    const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true })
    const page = await myCertificates(context, email.holder)
    const mine = card(page, valid.number)
    await expect(mine.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(valid.training)
    // The status in words, not only by the badge's colour.
    await expect(mine.getByText('Status: Geldig').count()).resolves.toBe(1)
    await expect(mine.getByText('Geldig tot 10 maart 2031').count()).resolves.toBe(1)
    const pdfLink = mine.getByRole('link', { name: 'Download PDF' })
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()])
    expect(download.suggestedFilename()).toBe(`${valid.number}.pdf`)
    expect((await readFile((await download.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // The same link with the page's session, to read what the server says it is (Payload takes the
    // session cookie only with its own origin, as the browser's own request had).
    const response = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, web.url).href, {
      headers: { Origin: new URL(web.url).origin },
    })
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    await expect(
      mine.getByRole('link', { name: 'Download credential (Open Badge)' }).getAttribute('href'),
    ).resolves.toBe(`/api/certificates/${valid.id}/credential`)
    await expect(mine.getByRole('link', { name: 'Punten voor herregistratie' }).getAttribute('href')).resolves.toBe(
      `/mijn-certificaten/${valid.number}/punten`,
    )
    await context.close()
  })

  it('tells the holder how often others checked the certificate', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await myCertificates(context, email.holder)
    await expect(card(page, valid.number).getByText('Nog door niemand anders gecontroleerd').count()).resolves.toBe(1)
    // Two verifiers check it (page and JSON), without logging in.
    await fetch(`${web.url}/certificaat/${valid.number}`)
    await fetch(`${web.url}/certificaat/${valid.number}`, { headers: { accept: 'application/json' } })
    await page.reload()
    await expect(card(page, valid.number).getByText('2 keer gecontroleerd door anderen').count()).resolves.toBe(1)
    // What a verifier sees, for the look-and-feel review (the holder's own look is not counted).
    await page.goto(`${web.url}/certificaat/${valid.number}?ronde=0`)
    await expect(page.getByText('Geldig certificaat').count()).resolves.toBeGreaterThan(0)
    await page.screenshot({ path: 'test-results/look-and-feel/certificaat-controle.png', fullPage: true })
    await page.goto(`${web.url}/mijn-certificaten`)
    await expect(card(page, valid.number).getByText('2 keer gecontroleerd door anderen').count()).resolves.toBe(1)
    await context.close()
  })

  it("links LinkedIn's add-certification form filled in for this certificate", async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await myCertificates(context, email.holder)
    const link = card(page, valid.number).getByRole('link', { name: /Toevoegen aan LinkedIn/ })
    await expect(link.getAttribute('target')).resolves.toBe('_blank')
    const url = new URL((await link.getAttribute('href'))!)
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: valid.training,
      organizationName: 'Drakentemmers',
      issueYear: '2026',
      issueMonth: '3',
      expirationYear: '2031',
      expirationMonth: '3',
      certUrl: verificationUrl(),
      certId: valid.number,
    })
    await context.close()
  })

  it('copies the share link and announces it', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.url })
    const page = await myCertificates(context, email.holder)
    const mine = card(page, valid.number)
    await mine.getByRole('button', { name: 'Kopieer deellink' }).click()
    await mine.getByRole('status').filter({ hasText: 'Gekopieerd' }).waitFor()
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(verificationUrl())
    await context.close()
  })

  it('shows the share link selected in a field where the browser has no clipboard', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }))
    const page = await myCertificates(context, email.holder)
    const mine = card(page, valid.number)
    await mine.getByRole('button', { name: 'Kopieer deellink' }).click()
    const field = mine.getByRole('textbox', { name: 'Deellink' })
    await field.waitFor()
    await expect(field.inputValue()).resolves.toBe(verificationUrl())
    await expect(mine.getByRole('status').innerText()).resolves.toContain('Selecteer de link')
    await expect(
      field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart!, input.selectionEnd!)),
    ).resolves.toBe(verificationUrl())
    await context.close()
  })

  it('shows when and why a certificate was revoked, and offers no downloads for it', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await myCertificates(context, email.holder)
    const gone = card(page, revoked.number)
    // The revoked one comes after the one that can still be shown.
    await expect(page.locator('li.card h2').allInnerTexts()).resolves.toEqual([valid.training, revoked.training])
    await expect(gone.getByText('Status: Ingetrokken').count()).resolves.toBe(1)
    await expect(gone.getByText(`Reden: ${reason}`).count()).resolves.toBe(1)
    await expect(gone.getByText(/^Ingetrokken op \d{1,2} \w+ \d{4}\.$/).count()).resolves.toBe(1)
    for (const name of ['Download PDF', 'Download credential (Open Badge)', /LinkedIn/])
      await expect(gone.getByRole('link', { name }).count()).resolves.toBe(0)
    await expect(gone.getByRole('button', { name: 'Kopieer deellink' }).count()).resolves.toBe(0)
    // Both cards, valid and revoked, for the look-and-feel review.
    await page.screenshot({ path: 'test-results/look-and-feel/mijn-certificaten.png', fullPage: true })
    await context.close()
  })

  it('tells a therapist without certificates how to get one', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await myCertificates(context, email.empty)
    await expect(page.getByText('Nog geen certificaten').count()).resolves.toBe(1)
    await expect(page.getByRole('link', { name: 'Naar het opleidingsaanbod' }).getAttribute('href')).resolves.toBe(
      '/opleidingen',
    )
    await context.close()
  })
})
