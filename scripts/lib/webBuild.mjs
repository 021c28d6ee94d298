import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { elapsed, stage, withHeartbeat } from './progress.mjs'
import { run } from './run.mjs'
import { root } from './tools.mjs'

/**
 * The production build of the portal and admin (`next build frontend` into frontend/.next), as
 * the Dockerfile makes it. Built again only when its inputs changed: a hash of every source file
 * the app imports is kept beside the build.
 */
const stampFile = path.join(root, 'frontend/.next/drakentemmers-inputs.sha256')
const inputDirs = ['frontend', 'cms', 'src', 'workflows']
const inputFiles = ['package-lock.json', 'tsconfig.json']
const skipped = /^(\.next.*|node_modules)$/

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.test(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(full)
    else if (entry.isFile()) yield full
  }
}

export function webBuildInputsHash() {
  const files = [
    ...inputDirs.flatMap((dir) => [...filesUnder(path.join(root, dir))]),
    ...inputFiles.map((file) => path.join(root, file)),
  ].sort()
  const hash = createHash('sha256')
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

/** True when frontend/.next holds a complete build of today's sources. */
export function webBuildIsCurrent(hash = webBuildInputsHash()) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === hash
}

export async function ensureWebBuild() {
  const hash = webBuildInputsHash()
  if (webBuildIsCurrent(hash)) {
    stage('Portaal en beheer: productiebuild is actueel (frontend/.next).')
    return
  }
  stage('Portaal en beheer bouwen (next build, productie); de eerste keer duurt dit enkele minuten…')
  const since = Date.now()
  await withHeartbeat('bouwen van portaal en beheer', () =>
    run(process.execPath, ['node_modules/next/dist/bin/next', 'build', 'frontend'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: '.next',
        NEXT_SKIP_TYPECHECK: '1',
        // The build never opens the database (every page is dynamic) nor signs; the config only wants a secret and a key.
        PAYLOAD_SECRET: 'build-only-placeholder-never-used-at-runtime-0000',
        CREDENTIAL_SIGNING_KEY: 'build-only-placeholder-never-used-at-runtime',
      },
    }),
  )
  // Written last, so a build that stopped halfway is never taken for a current one; hashed again
  // because next build itself writes into frontend/ (next-env.d.ts).
  writeFileSync(stampFile, `${webBuildInputsHash()}\n`)
  stage(`Productiebuild klaar in ${elapsed(since)}.`)
}
