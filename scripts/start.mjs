#!/usr/bin/env node
/**
 * `npm start`: the whole platform on a plain machine. Installs what is missing,
 * builds the service binaries once (.tools/), starts FerretDB, the Temporal dev
 * server and the SMTP catcher (data kept in .data/), seeds the demo data, then runs
 * web and worker. The web serves the production build of the portal (built again only
 * when sources changed); `npm run dev` (--dev) serves Next's dev server with hot reload.
 * Ctrl-C stops everything it started.
 */
import path from 'node:path'
import { ensureDependencies } from './lib/deps.mjs'
import { elapsed, failureMessage, stage } from './lib/progress.mjs'
import { run } from './lib/run.mjs'
import {
  assertPortsFree,
  ferretdbBackend,
  spawnService,
  startLocalServices,
  stopAll,
  waitForPort,
} from './lib/services.mjs'
import { ensureFerretdb, ensureTemporal, root } from './lib/tools.mjs'
import { ensureWebBuild } from './lib/webBuild.mjs'
import { localSigningKey } from '../src/credentials/localSigningKey.mjs'

const ports = {
  mongo: 27017,
  postgres: 55432,
  temporal: 7233,
  temporalUi: 8233,
  smtp: 1025,
  mailUi: 8025,
  web: Number(process.env.PORT ?? 3000),
}
const dataDir = path.join(root, '.data')
const logDir = path.join(dataDir, 'logs')
const publicUrl = `http://localhost:${ports.web}`
const env = {
  PORT: String(ports.web),
  PUBLIC_URL: publicUrl,
  DATABASE_URL: `mongodb://127.0.0.1:${ports.mongo}/drakentemmers`,
  TEMPORAL_ADDRESS: `127.0.0.1:${ports.temporal}`,
  TEMPORAL_UI_URL: `http://localhost:${ports.temporalUi}`,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(ports.smtp),
}

const devMode = process.argv.includes('--dev')
// Production mode wants its settings explicit: the embedded database is FerretDB, the secret local.
const webEnv = devMode
  ? { ...env, NODE_ENV: 'development', NEXT_DIST_DIR: '.next-dev' }
  : {
      ...env,
      NODE_ENV: 'production',
      DATABASE_COMPAT: 'ferretdb',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'drakentemmers-lokaal-alleen-voor-ontwikkeling',
      CREDENTIAL_SIGNING_KEY: process.env.CREDENTIAL_SIGNING_KEY ?? localSigningKey(path.join(root, '.data')),
    }

let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  stage('Alles stoppen…')
  await stopAll()
  stage('Gestopt. De gegevens blijven bewaard in .data/.')
  process.exit(code)
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

try {
  stage('Drakentemmers starten')
  await ensureDependencies()
  await assertPortsFree({ web: ports.web })
  const [temporal, ferretdb] = await Promise.all([ensureTemporal(), ensureFerretdb()])
  if (!devMode && !process.argv.includes('--services-only')) await ensureWebBuild()
  await startLocalServices({ tools: { temporal, ferretdb }, ports, dataDir, logDir, backend: ferretdbBackend() })

  stage('Demogegevens bijwerken (seed)…')
  const seedOutput = await run(process.execPath, ['scripts/ts.mjs', 'scripts/seed.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
  })
  console.log(
    seedOutput
      .trim()
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
  )
  const demoAccounts = seedOutput.slice(seedOutput.indexOf('Demo-accounts')).trim()
  if (process.argv.includes('--services-only')) {
    stage('Alleen de services draaien (--services-only); Ctrl-C stopt ze.')
  } else {
    stage(
      devMode
        ? 'Worker en web starten (ontwikkelmodus: de eerste weergave van elke pagina wordt eerst gebouwd)…'
        : 'Worker en web starten…',
    )
    const worker = spawnService('worker', process.execPath, ['scripts/ts.mjs', 'workflows/worker.ts'], {
      logDir,
      env,
      inheritOutput: true,
    })
    const web = spawnService('web', process.execPath, ['scripts/ts.mjs', 'src/server.ts'], {
      logDir,
      env: webEnv,
      inheritOutput: true,
    })
    for (const child of [worker, web]) {
      child.on('exit', (code) => {
        if (!stopping) {
          console.error(
            `\n${child.serviceName} stopte onverwacht (code ${code}); kijk in .data/logs/${child.serviceName}.log.`,
          )
          shutdown(1)
        }
      })
    }
    await waitForPort('web', ports.web, web, { timeoutMs: 120_000, logDir })
    console.log(`
  Drakentemmers draait (opgestart in ${elapsed()}).
    Portaal        ${publicUrl}
    Beheer (admin) ${publicUrl}/admin
    Temporal UI    http://localhost:${ports.temporalUi}
    Lokaal postvak http://localhost:${ports.mailUi}
  ${demoAccounts.split('\n').join('\n  ')}
  Stoppen: Ctrl-C.
`)
  }
} catch (error) {
  console.error(failureMessage(error))
  await shutdown(1)
}
