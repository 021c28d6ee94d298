import { type Browser, type Page, chromium } from 'playwright-core'

/**
 * Debian's Chromium driven by playwright-core (no browser download). The flags keep
 * Chromium off the network, which this machine does not reach anyway; Playwright
 * gives each launch a fresh profile of its own.
 */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the tests with `npm test`.')
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * Waits until React has hydrated the element (it carries React's props): a click before that
 * is replayed by React or, on a form, submits natively, which is not what a person sees.
 */
export async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (css) => {
      const element = document.querySelector(css)
      return Boolean(element && Object.keys(element).some((key) => key.startsWith('__reactProps')))
    },
    selector,
    { timeout: 60_000 },
  )
}

/** Logs in through the login page as a person does; lands on the start page. */
export async function logIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`, { timeout: 180_000 })
  await waitForHydration(page, 'form button[type="submit"]')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.waitForURL((url) => url.pathname === '/start', { timeout: 180_000 })
}
