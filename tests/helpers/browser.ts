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

/**
 * Picks an option of a react-aria combobox as a person does: click the field (Playwright
 * scrolls it into view and waits until it stands still), then type and choose.
 *
 * Not `fill` alone: it focuses and types in one frame, the browser's scroll of a field below
 * the fold fires a frame later, and react-aria closes its non-modal popover on any page scroll
 * and resets the typed text (the sign-up's region after Dutch errors had pushed it down).
 */
export async function chooseInComboBox(page: Page, name: string | RegExp, typed: string, option: string) {
  const field = page.getByRole('combobox', { name })
  await field.click()
  await field.fill(typed)
  await page.getByRole('option', { name: option }).click()
}
