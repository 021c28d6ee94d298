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
    const [web, browser] = await Promise.all([startWebServer(), launchBrowser()])
    return {
      env,
      web,
      browser,
      async stop() {
        await browser.close()
        await web.stop()
        await stopWorker()
      },
    }
  } catch (error) {
    await stopWorker()
    throw error
  }
}
