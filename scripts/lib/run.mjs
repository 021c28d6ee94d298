import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { CommandError } from './progress.mjs'

/** Runs a command to completion; rejects with its last output lines on failure. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let output = ''
    const keep = (chunk) => {
      output = (output + chunk).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new CommandError(`${path.basename(command)} ${args.join(' ')}`, code, output)),
    )
  })
}

/** The full path of a program on PATH, or null. */
export function which(program) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, program)
    if (dir && existsSync(candidate)) return candidate
  }
  return null
}
