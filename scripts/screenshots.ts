/**
 * Full-page screenshots of the portal as each demo user sees it, for a look-and-feel review:
 * `npm run screenshots` against a running `npm start` (PORTAL_URL, default http://localhost:3000).
 * Writes test-results/screenshots/<width>/<page>.png, desktop (1280) and mobile (390).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type Page, chromium } from 'playwright-core'

const base = process.env.PORTAL_URL ?? 'http://localhost:3000'
const password = process.env.DEMO_PASSWORD ?? 'Drakentemmers!2026'
const outDir = path.resolve('test-results/screenshots')

/** Who sees which pages; `null` is the public visitor. */
const TOURS: { user: string | null; pages: [string, string][] }[] = [
  {
    user: null,
    pages: [
      ['home', '/'],
      ['kennisbank', '/kennisbank'],
      ['regios', '/regios'],
      ['opleidingen', '/opleidingen'],
      ['inloggen', '/inloggen'],
      ['niet-gevonden', '/bestaat-niet'],
    ],
  },
  {
    user: 'coordinator@drakentemmers.example',
    pages: [
      ['coordinator-start', '/start'],
      ['aanvragen', '/aanvragen'],
      ['aanvraag-nieuw', '/aanvragen/nieuw'],
    ],
  },
  {
    user: 'therapist@drakentemmers.example',
    pages: [
      ['behandelaar-start', '/start'],
      ['mijn-aanbiedingen', '/mijn-aanbiedingen'],
      ['mijn-opleidingen', '/mijn-opleidingen'],
      ['mijn-certificaten', '/mijn-certificaten'],
      ['profiel', '/profiel'],
      ['groepen', '/groepen'],
    ],
  },
  { user: 'trainer@drakentemmers.example', pages: [['trainer', '/trainer']] },
]

/**
 * The request page needs a request: with none in the coordinator's list, file one as they would
 * (through the portal's API, so matching starts). Changes the local demo data, nothing else.
 */
async function fileDemoRequestIfNone(page: Page) {
  // Payload takes the session cookie only from its own origin (CSRF).
  const headers = { Origin: new URL(base).origin }
  const mine = await (await page.request.get(`${base}/api/requests?limit=1&depth=0`, { headers })).json()
  if (mine.totalDocs > 0) return
  const first = async (collection: string) =>
    (await (await page.request.get(`${base}/api/${collection}?limit=1&depth=0`, { headers })).json()).docs[0].id
  const filed = await page.request.post(`${base}/api/requests/submit`, {
    headers,
    data: {
      title: 'Traumabehandeling kind 7 jaar',
      kind: 'case',
      region: await first('regions'),
      expertise: [await first('expertise')],
      urgency: 'high',
      hoursPerWeek: 2,
      context: 'Kind van 7 jaar met nachtmerries na huiselijk geweld; moeder is in de opvang.',
    },
  })
  if (!filed.ok()) throw new Error(`demo request refused: ${filed.status()} ${await filed.text()}`)
  await page.waitForTimeout(5000) // the matching run sends its first offers
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
  for (const width of [1280, 390]) {
    mkdirSync(path.join(outDir, String(width)), { recursive: true })
    for (const tour of TOURS) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      })
      const page = await context.newPage()
      if (tour.user) {
        await page.goto(`${base}/inloggen`)
        await page.locator('input[name="email"]').fill(tour.user)
        await page.locator('input[name="password"]').fill(password)
        await page.getByRole('button', { name: 'Inloggen' }).click()
        await page.waitForURL((url) => url.pathname === '/start')
      }
      if (tour.user?.startsWith('coordinator')) await fileDemoRequestIfNone(page)
      for (const [name, route] of tour.pages) {
        await page.goto(`${base}${route}`, { waitUntil: 'networkidle' })
        // The first request page of the list, when the tour has one.
        if (name === 'aanvragen') {
          const first = page.locator('main a[href^="/aanvragen/"]:not([href$="/nieuw"])').first()
          if (await first.count()) {
            await page.screenshot({ path: path.join(outDir, String(width), `${name}.png`), fullPage: true })
            await first.click()
            await page.waitForURL((url) => /^\/aanvragen\/[0-9a-f]{24}$/.test(url.pathname))
            await page.waitForLoadState('networkidle')
            await page.screenshot({ path: path.join(outDir, String(width), 'aanvraag.png'), fullPage: true })
            continue
          }
        }
        await page.screenshot({ path: path.join(outDir, String(width), `${name}.png`), fullPage: true })
        console.log(`${width}px ${name}`)
      }
      await context.close()
    }
  }
  await browser.close()
}

await main()
