import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { stage, withHeartbeat } from './progress.mjs'
import { run } from './run.mjs'
import { root } from './tools.mjs'

/** npm dependencies: installed from the lockfile when missing or older than it. */
export async function ensureDependencies() {
  const installed = path.join(root, 'node_modules/.package-lock.json')
  const lock = path.join(root, 'package-lock.json')
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return
  stage('npm-pakketten installeren (npm ci, ongeveer een minuut)…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  await withHeartbeat('npm ci', () => run(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root }))
}
