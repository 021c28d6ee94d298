import { spawn } from 'node:child_process'
import { root } from './tools.mjs'

/** A foreground child that shares our terminal (jest, the web server in dev). */
export function spawnChild(command, args, env = {}) {
  return spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
}
