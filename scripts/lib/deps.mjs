import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stage, withHeartbeat } from './progress.mjs'
import { run } from './run.mjs'
import { root } from './tools.mjs'

const lock = path.join(root, 'package-lock.json')
/** The lockfile's hash, written after an install: a copied node_modules or a fresh checkout keeps it valid. */
const stamp = path.join(root, 'node_modules/.drakentemmers-lock-sha256')
const lockHash = () => createHash('sha256').update(readFileSync(lock)).digest('hex')

/** Installed from this very lockfile? By the stamp; without one, npm's own lockfile copy is newer. */
function upToDate() {
  if (existsSync(stamp)) return readFileSync(stamp, 'utf8').trim() === lockHash()
  const installed = path.join(root, 'node_modules/.package-lock.json')
  return existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs
}

/** npm dependencies: installed from the lockfile when missing or installed from another one. */
export async function ensureDependencies() {
  if (upToDate()) {
    if (!existsSync(stamp)) writeFileSync(stamp, `${lockHash()}\n`)
    return
  }
  stage('npm-pakketten installeren (npm ci, ongeveer een minuut)…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  await withHeartbeat('npm ci', () => run(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root }))
  writeFileSync(stamp, `${lockHash()}\n`)
}
