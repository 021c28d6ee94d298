import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { StartError, stage, withHeartbeat } from './progress.mjs'
import { run, which } from './run.mjs'

/**
 * The local service binaries: found on PATH, else built once into .tools/ (cached,
 * so the second start is fast), else one sentence saying what to install.
 */
export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const toolsBin = path.join(root, '.tools/bin')

const TEMPORAL_CLI = 'github.com/temporalio/cli/cmd/temporal@v1.5.1'
const FERRETDB_SOURCE = path.join(root, 'scripts/tools/ferretdb')
const TEST_SERVER_DIR = path.join(root, 'scripts/tools/temporal-test-server')

function requireGo(what) {
  if (!which('go')) {
    throw new StartError(
      `${what} ontbreekt en Go is niet geïnstalleerd: installeer Go 1.24 of nieuwer (https://go.dev/dl) en start opnieuw.`,
    )
  }
}

export async function ensureTemporal() {
  const cached = path.join(toolsBin, 'temporal')
  if (existsSync(cached)) return cached
  const onPath = which('temporal')
  if (onPath) return onPath
  requireGo('De Temporal CLI')
  stage(`Temporal CLI bouwen met Go (${TEMPORAL_CLI}); de eerste keer duurt dit enkele minuten…`)
  await withHeartbeat('bouwen van Temporal', () =>
    run('go', ['install', TEMPORAL_CLI], { env: { ...process.env, GOBIN: toolsBin, GOFLAGS: '-buildvcs=false' } }),
  )
  return cached
}

/** FerretDB is always our small wrapper (scripts/tools/ferretdb), rebuilt when its source changes. */
export async function ensureFerretdb() {
  const binary = path.join(toolsBin, 'ferretdb')
  const sourceTime = Math.max(
    ...['main.go', 'go.mod', 'go.sum'].map((f) => statSync(path.join(FERRETDB_SOURCE, f)).mtimeMs),
  )
  if (existsSync(binary) && statSync(binary).mtimeMs >= sourceTime) return binary
  requireGo('FerretDB')
  stage('FerretDB 1.24.2 bouwen met Go; de eerste keer duurt dit een à twee minuten…')
  await withHeartbeat('bouwen van FerretDB', () =>
    run('go', ['build', '-o', binary, '.'], {
      cwd: FERRETDB_SOURCE,
      env: { ...process.env, GOFLAGS: '-buildvcs=false' },
    }),
  )
  return binary
}

/**
 * Temporal's Java time-skipping test server (for tests with timers of days), from Maven Central,
 * started through our launcher (scripts/tools/temporal-test-server) that accepts keepalive pings.
 */
export async function ensureTemporalTestServer() {
  const libDir = path.join(root, '.tools/java/temporal-test-server')
  const classesDir = path.join(root, '.tools/java/launcher')
  const launcherSource = path.join(TEST_SERVER_DIR, 'TestServerWithKeepalive.java')
  const launcher = path.join(toolsBin, 'temporal-test-server')
  const jars = existsSync(libDir) ? readdirSync(libDir) : []
  const hasJars = ['temporal-test-server', 'slf4j-simple'].every((name) => jars.some((f) => f.startsWith(name)))
  if (!which('javac') || (!hasJars && !which('mvn'))) {
    throw new StartError(
      'De tests hebben een Java 17+ JDK en Maven nodig voor de Temporal-testserver: installeer ze (bijv. apt-get install openjdk-17-jdk-headless maven) en start opnieuw.',
    )
  }
  if (!hasJars) {
    stage('Temporal-testserver (Java) ophalen met Maven…')
    await withHeartbeat('ophalen van de Temporal-testserver', () =>
      run('mvn', [
        '-q',
        '-B',
        '-f',
        path.join(TEST_SERVER_DIR, 'pom.xml'),
        'dependency:copy-dependencies',
        `-DoutputDirectory=${libDir}`,
        '-DincludeScope=runtime',
      ]),
    )
  }
  const compiled = path.join(classesDir, 'TestServerWithKeepalive.class')
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(launcherSource).mtimeMs) {
    await run('javac', ['-d', classesDir, '-cp', `${libDir}/*`, launcherSource])
  }
  copyFileSync(path.join(TEST_SERVER_DIR, 'simplelogger.properties'), path.join(classesDir, 'simplelogger.properties'))
  mkdirSync(toolsBin, { recursive: true })
  writeFileAtomically(
    launcher,
    [
      '#!/bin/sh',
      '# Started by @temporalio/testing with the port as its argument. The server log goes to',
      '# $TEST_LOG_DIR/temporal-test-server-<port>.log (stderr without TEST_LOG_DIR);',
      '# TEMPORAL_TEST_SERVER_TRACE=1 adds every time-skipping lock and unlock with its caller.',
      'log=${TEST_LOG_DIR:+-Dorg.slf4j.simpleLogger.logFile=$TEST_LOG_DIR/temporal-test-server-$1.log}',
      'trace=${TEMPORAL_TEST_SERVER_TRACE:+-Dorg.slf4j.simpleLogger.log.io.temporal.internal.testservice.SelfAdvancingTimerImpl=trace}',
      `exec java $log $trace -cp "${classesDir}:${libDir}/*" TestServerWithKeepalive "$@"`,
      '',
    ].join('\n'),
  )
  return launcher
}

/**
 * Several test runs on one machine share .tools (TEST_PORT_OFFSET): a run that rewrote the
 * launcher in place could leave another run's jest executing a half-written script. Unchanged
 * content is left alone; new content replaces the file in one rename.
 */
function writeFileAtomically(file, content) {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  chmodSync(temporary, 0o755)
  renameSync(temporary, file)
}

/** Installs a Debian package when we are root with apt-get; false when that is not possible here. */
export async function aptInstall(pkg, label) {
  if (process.getuid?.() !== 0 || !which('apt-get')) return false
  stage(`${label} installeren (apt-get)…`)
  await withHeartbeat(`installeren van ${label}`, async () => {
    await run('apt-get', ['update', '-qq'])
    await run('apt-get', ['install', '-y', '-qq', pkg], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  })
  return true
}

/** Debian's Chromium for the browser tests (a test tool's own browser download cannot work here). */
export async function ensureChromium() {
  const found = ['chromium', 'chromium-browser', 'google-chrome'].map(which).find(Boolean)
  if (found) return found
  if (await aptInstall('chromium', 'Chromium')) {
    const installed = which('chromium')
    if (installed) return installed
  }
  throw new StartError(
    'Chromium ontbreekt voor de browsertests: installeer het (apt-get install chromium) of zet CHROMIUM_PATH.',
  )
}
