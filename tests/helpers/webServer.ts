import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'
import { webBuildIsCurrent } from '../../scripts/lib/webBuild.mjs'
import { localSigningKey } from '../../src/credentials/localSigningKey.mjs'
import { canConnect } from './ports'

/**
 * The real web process (Express + Next.js + Payload, src/server.ts) on this test
 * file's database, for browser tests, serving the production build (frontend/.next)
 * that `npm test` makes when it is stale: what production serves, with no page
 * compiled on first view and no dev-server reloads.
 */
export type WebServer = { url: string; stop: () => Promise<void> }

export async function startWebServer(): Promise<WebServer> {
  // One port per jest worker: two browser test files may run at once (they share the build).
  const port = Number(process.env.TEST_WEB_PORT ?? 3999) + Number(process.env.JEST_WORKER_ID ?? 1) * 10
  // localhost, not 127.0.0.1: Next's dev server serves its scripts to localhost only. Chromium
  // tries ::1 first, so a web server left over from an earlier run on this port (listening on
  // ::) got the browser's requests while Node's fetch reached the new one on 127.0.0.1.
  const url = `http://localhost:${port}`
  if (!webBuildIsCurrent())
    throw new Error(
      'frontend/.next is missing or older than the sources: browser tests need the production build. Run them through `npm test` (it builds when stale) or `npm run build:web`.',
    )
  for (const host of ['127.0.0.1', '::1']) {
    if (await canConnect(port, host))
      throw new Error(
        `Port ${port} (${host}) is taken by another process, e.g. a web server left over from an earlier test run: stop it first.`,
      )
  }
  const logDir = process.env.TEST_LOG_DIR ?? '.data/test/logs'
  mkdirSync(logDir, { recursive: true })
  const log = createWriteStream(path.join(logDir, `web-${port}.log`), { flags: 'a' })
  const child: ChildProcess = spawn(process.execPath, ['scripts/ts.mjs', 'src/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // Production mode does not assume the embedded database; the test database is FerretDB.
      DATABASE_COMPAT: 'ferretdb',
      // Production requires the credential key; the tests sign with the local demo key.
      CREDENTIAL_SIGNING_KEY: process.env.CREDENTIAL_SIGNING_KEY ?? localSigningKey(),
      PORT: String(port),
      PUBLIC_URL: url,
      NODE_OPTIONS: '',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      // The process group is already gone.
    }
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    signal('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
    signal('SIGKILL')
  }
  const since = Date.now()
  while (Date.now() - since < 120_000) {
    if (child.exitCode !== null)
      throw new Error(`web server exited with ${child.exitCode}; see ${logDir}/web-${port}.log`)
    const healthy = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (healthy) return { url, stop }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  await stop()
  throw new Error(`web server did not answer /healthz within 120 s; see ${logDir}/web-${port}.log`)
}
