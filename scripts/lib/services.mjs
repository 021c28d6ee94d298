import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { StartError, elapsed, stage } from './progress.mjs'
import { ensurePostgres, preparePostgres } from './postgres.mjs'
import { run } from './run.mjs'
import { root } from './tools.mjs'

/** The local services: FerretDB, the Temporal dev server and the SMTP catcher. */

export function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.once('listening', () => probe.close(() => resolve(true)))
    probe.listen(port, '127.0.0.1')
  })
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => (socket.destroy(), resolve(false)))
  })
}

export async function assertPortsFree(ports) {
  for (const [name, port] of Object.entries(ports)) {
    if (!(await portFree(port))) {
      throw new StartError(
        `Poort ${port} (${name}) is al in gebruik: stop het programma dat hem gebruikt (draait Drakentemmers al in een ander venster?) en start opnieuw.`,
      )
    }
  }
}

const children = new Set()

/** Spawns a long-running process with its output in .data/…/logs, in its own process group. */
export function spawnService(name, command, args, { logDir, env = {}, inheritOutput = false }) {
  mkdirSync(logDir, { recursive: true })
  const log = createWriteStream(path.join(logDir, `${name}.log`), { flags: 'a' })
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  if (inheritOutput) {
    child.stdout.on('data', (chunk) => process.stdout.write(prefixLines(name, chunk)))
    child.stderr.on('data', (chunk) => process.stderr.write(prefixLines(name, chunk)))
  }
  children.add(child)
  child.on('exit', () => children.delete(child))
  child.serviceName = name
  return child
}

const prefixLines = (name, chunk) =>
  String(chunk)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `${name.padEnd(8)}| ${line}\n`)
    .join('')

export async function waitForPort(name, port, child, { timeoutMs = 60_000, logDir } = {}) {
  const since = Date.now()
  while (Date.now() - since < timeoutMs) {
    if (child.exitCode !== null) {
      throw new StartError(
        `${name} stopte meteen (code ${child.exitCode}); kijk in ${path.join(logDir ?? '.data', `${name}.log`)} wat er misging.`,
      )
    }
    if (await portOpen(port)) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new StartError(
    `${name} kwam niet binnen ${timeoutMs / 1000} s op poort ${port} in de lucht; kijk in ${path.join(logDir ?? '.data', `${name}.log`)}.`,
  )
}

/** Temporal answers on its port before its namespace is ready: ask the cluster until it serves. */
export async function waitForTemporal(temporalBin, port, timeoutMs = 60_000) {
  const since = Date.now()
  while (Date.now() - since < timeoutMs) {
    try {
      await run(temporalBin, [
        'operator',
        'namespace',
        'describe',
        '--namespace',
        'default',
        '--address',
        `127.0.0.1:${port}`,
      ])
      return
    } catch {
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  throw new StartError(
    `Temporal kwam niet binnen ${timeoutMs / 1000} s gereed op poort ${port}; kijk in .data/logs/temporal.log.`,
  )
}

/** FerretDB's storage: SQLite (default) or PostgreSQL, from FERRETDB_BACKEND. */
export function ferretdbBackend(fallback = 'sqlite') {
  const backend = process.env.FERRETDB_BACKEND || fallback
  if (backend !== 'sqlite' && backend !== 'postgresql')
    throw new StartError(`FERRETDB_BACKEND moet "sqlite" of "postgresql" zijn, niet "${backend}".`)
  return backend
}

/** FerretDB on SQLite files, or on a PostgreSQL server started first (`ports.postgres`). */
async function startFerretdb({ tools, ports, dataDir, logDir, backend }) {
  // The SQLite folder is named for PostgreSQL too (unused there): stopLeftovers finds FerretDB by it.
  mkdirSync(path.join(dataDir, 'ferretdb'), { recursive: true })
  const args = ['--listen-addr', `127.0.0.1:${ports.mongo}`, '--sqlite-url', `file:${path.join(dataDir, 'ferretdb')}/`]
  if (backend === 'sqlite') return spawnService('ferretdb', tools.ferretdb, args, { logDir })
  const postgres = await preparePostgres(await ensurePostgres(), dataDir, ports.postgres)
  const server = spawnService('postgres', postgres.command, postgres.args, { logDir })
  await waitForPort('postgres', ports.postgres, server, { logDir })
  return spawnService('ferretdb', tools.ferretdb, [...args, '--postgresql-url', postgres.url], { logDir })
}

export async function startLocalServices({ tools, ports, dataDir, logDir, backend = 'sqlite' }) {
  await assertPortsFree({
    FerretDB: ports.mongo,
    Temporal: ports.temporal,
    'Temporal UI': ports.temporalUi,
    SMTP: ports.smtp,
    'mail-UI': ports.mailUi,
    ...(backend === 'postgresql' ? { PostgreSQL: ports.postgres } : {}),
  })
  mkdirSync(path.join(dataDir, 'temporal'), { recursive: true })

  stage(
    `Services starten: FerretDB (:${ports.mongo}, ${backend === 'postgresql' ? `PostgreSQL :${ports.postgres}` : 'SQLite'}), Temporal (:${ports.temporal}, UI :${ports.temporalUi}), mail (:${ports.smtp}, UI :${ports.mailUi})`,
  )
  const ferret = await startFerretdb({ tools, ports, dataDir, logDir, backend })
  const temporal = spawnService(
    'temporal',
    tools.temporal,
    [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(ports.temporal),
      '--ui-port',
      String(ports.temporalUi),
      '--db-filename',
      path.join(dataDir, 'temporal/temporal.db'),
      '--namespace',
      'default',
      '--log-level',
      'warn',
      ...(ports.temporalHeadless ? ['--headless'] : []),
    ],
    { logDir },
  )
  const mail = spawnService(
    'mail',
    process.execPath,
    ['scripts/ts.mjs', 'scripts/mail-catcher.ts', path.join(dataDir, 'mail')],
    {
      logDir,
      env: {
        MAIL_SMTP_PORT: String(ports.smtp),
        MAIL_UI_PORT: String(ports.mailUi),
        MAIL_DIR: path.join(dataDir, 'mail'),
      },
    },
  )
  const since = Date.now()
  await Promise.all([
    waitForPort('ferretdb', ports.mongo, ferret, { logDir }),
    waitForPort('mail', ports.smtp, mail, { logDir }),
    waitForPort('temporal', ports.temporal, temporal, { logDir }).then(() =>
      waitForTemporal(tools.temporal, ports.temporal),
    ),
  ])
  stage(`Services draaien (${elapsed(since)})`)
}

/** Stops every process this script started (their whole process groups). */
export async function stopAll() {
  const running = [...children]
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  await Promise.all(
    running
      .map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))))
      .map((p) => Promise.race([p, new Promise((r) => setTimeout(r, 8000))])),
  )
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {}
  }
}

/**
 * Stops services an earlier, interrupted run left behind: processes whose command
 * line names this run's data folder (so never someone else's services). Linux only.
 */
export async function stopLeftovers(dataDir) {
  const { readdirSync, readFileSync } = await import('node:fs')
  let stopped = 0
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (Number(entry) === process.pid) continue
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (commandLine.includes(`${dataDir}/`)) {
        process.kill(Number(entry), 'SIGKILL')
        stopped += 1
      }
    } catch {
      // Gone already, or not ours to read.
    }
  }
  if (stopped) await new Promise((resolve) => setTimeout(resolve, 500))
  return stopped
}
