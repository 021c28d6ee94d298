#!/usr/bin/env node
/**
 * `npm test`: installs what is missing, starts fresh local services on test ports
 * (FerretDB, Temporal dev server, SMTP catcher), runs jest against them, and stops
 * them again. Extra arguments go to jest: `npm test -- tests/access`.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import { ensureDependencies } from './lib/deps.mjs'
import { failureMessage, stage } from './lib/progress.mjs'
import { spawnChild } from './lib/child.mjs'
import { ferretdbBackend, startLocalServices, stopAll, stopLeftovers } from './lib/services.mjs'
import { ensureChromium, ensureFerretdb, ensureTemporal, ensureTemporalTestServer, root } from './lib/tools.mjs'
import { ensureWebBuild } from './lib/webBuild.mjs'
import { browserTestsSelected } from './lib/browserTests.mjs'

// TEST_PORT_OFFSET lets several test runs share one machine (e.g. 100 → FerretDB on 27127).
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0)
const ports = {
  mongo: 27027 + offset,
  postgres: 55433 + offset,
  temporal: 7243 + offset,
  temporalUi: 8243 + offset,
  temporalHeadless: true,
  smtp: 1035 + offset,
  mailUi: 8035 + offset,
  web: 3999 + offset,
}
const dataDir = path.join(root, offset ? `.data/test-${offset}` : '.data/test')
const logDir = path.join(dataDir, 'logs')

let exitCode = 1
try {
  await ensureDependencies()
  const [temporal, ferretdb, testServer, chromium] = await Promise.all([
    ensureTemporal(),
    ensureFerretdb(),
    ensureTemporalTestServer(),
    ensureChromium(),
  ])
  // Browser tests run against the production build, as production serves it (built when stale).
  if (browserTestsSelected(process.argv.slice(2))) await ensureWebBuild()
  if (await stopLeftovers(dataDir)) stage('Achtergebleven testservices van een eerdere run gestopt.')
  rmSync(dataDir, { recursive: true, force: true })
  await startLocalServices({ tools: { temporal, ferretdb }, ports, dataDir, logDir, backend: ferretdbBackend() })

  // Logs of the services, of Payload and of the Temporal SDK go to logDir, not into the results.
  stage(`Tests draaien (jest; logboeken in ${path.relative(root, logDir)}/)…`)
  // Jest runs ESM through Node's VM modules; Node's "experimental" warning about them came once per
  // jest worker process (29 times a run).
  const jest = spawnChild(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--disable-warning=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      ...process.argv.slice(2),
    ],
    {
      NODE_ENV: 'test',
      TEST_MONGO_BASE_URL: `mongodb://127.0.0.1:${ports.mongo}`,
      TEMPORAL_ADDRESS: `127.0.0.1:${ports.temporal}`,
      TEMPORAL_TEST_SERVER_PATH: testServer,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(ports.smtp),
      MAIL_CATCHER_URL: `http://127.0.0.1:${ports.mailUi}`,
      CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? chromium,
      TEST_LOG_DIR: logDir,
      TEST_WEB_PORT: String(ports.web),
    },
  )
  exitCode = await new Promise((resolve) => jest.on('exit', (code) => resolve(code ?? 1)))
} catch (error) {
  console.error(failureMessage(error))
} finally {
  await stopAll()
}
process.exit(exitCode)
