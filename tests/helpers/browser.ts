import { type Browser, chromium } from 'playwright-core'

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
