import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { launchBrowser } from './browser'
import { createTestWorker, devServerEnvironment } from './temporal'
import { type WebServer, startWebServer } from './webServer'

export type BrowserWorld = { env: TestWorkflowEnvironment; web: WebServer; browser: Browser; stop(): Promise<void> }

/**
 * What a browser test of a running process needs: the shared dev server with a worker on this
 * file's task queue, the production web server and Chromium. `stop` closes them in reverse
 * order; a start that fails half-way stops what it had started.
 */
export async function startBrowserWorld(payload: Payload): Promise<BrowserWorld> {
  const env = await devServerEnvironment()
  const worker = await createTestWorker(env, payload)
  const running = worker.run()
  const stopWorker = async () => {
    worker.shutdown()
    await running
    await env.teardown()
  }
  try {
    const portal = await startPortalWorld()
    return {
      env,
      web: portal.web,
      browser: portal.browser,
      async stop() {
        await portal.stop()
        await stopWorker()
      },
    }
  } catch (error) {
    await stopWorker()
    throw error
  }
}

export type PortalWorld = { web: WebServer; browser: Browser; stop(): Promise<void> }

/**
 * What a browser test of the portal alone needs: the production web server and Chromium. `stop`
 * closes both; a start that fails half-way stops what it had started.
 */
export async function startPortalWorld(): Promise<PortalWorld> {
  const [web, browser] = await Promise.allSettled([startWebServer(), launchBrowser()])
  if (web.status === 'rejected' || browser.status === 'rejected') {
    if (web.status === 'fulfilled') await web.value.stop()
    if (browser.status === 'fulfilled') await browser.value.close()
    throw web.status === 'rejected' ? web.reason : (browser as PromiseRejectedResult).reason
  }
  return {
    web: web.value,
    browser: browser.value,
    async stop() {
      await browser.value.close()
      await web.value.stop()
    },
  }
}
