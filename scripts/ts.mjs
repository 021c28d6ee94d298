#!/usr/bin/env node
/**
 * Runs a TypeScript entry with tsx: `node scripts/ts.mjs <file.ts> [args…]`.
 *
 * Under Node 20, tsx's module hooks run on a separate loader thread, and now and then an
 * import of our module graph never settles: the process exits with code 13 ("unsettled
 * top-level await") within seconds, before any of our code ran (measured here: 2 to 6 of
 * 16 starts of the worker's imports). Nothing has happened then, so this starts it again.
 * A code 13 after the first seconds is a real one and is passed on, like every other code.
 */
import { spawn } from 'node:child_process'
import { constants } from 'node:os'

const UNSETTLED_MODULE_GRAPH = 13
const LOADING_WINDOW_MS = 30_000
const ATTEMPTS = 5

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('Gebruik: node scripts/ts.mjs <bestand.ts> [argumenten…]')
  process.exit(2)
}

let child
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child?.kill(signal))

for (let attempt = 1; ; attempt++) {
  const started = Date.now()
  child = spawn(process.execPath, ['--import', 'tsx/esm', entry, ...args], { stdio: 'inherit' })
  const code = await new Promise((resolve) =>
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? 128 + (constants.signals[signal] ?? 0))),
  )
  const stuckWhileLoading = code === UNSETTLED_MODULE_GRAPH && Date.now() - started < LOADING_WINDOW_MS
  if (!stuckWhileLoading || attempt === ATTEMPTS) process.exit(code)
  console.error(
    `(${entry}: het laden van de modules bleef hangen (Node 20 + tsx, code 13); opnieuw gestart, poging ${attempt + 1} van ${ATTEMPTS})`,
  )
}
