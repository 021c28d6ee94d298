import { readdirSync } from 'node:fs'
import path from 'node:path'
import { root } from './tools.mjs'

const browserTestFiles = () =>
  readdirSync(path.join(root, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.browser.test.ts'))
    .map((file) => path.join('tests', file))

/**
 * Whether jest, given these arguments, runs a browser test: no path pattern means every test;
 * a pattern (jest reads it as a regular expression on the path) may match one.
 */
export function browserTestsSelected(args) {
  // `--testMatch <glob>` (npm run record-histories) replaces jest's own file set: a glob, not a regular expression.
  const testMatch = args[args.indexOf('--testMatch') + 1]
  if (args.includes('--testMatch') && !testMatch?.includes('.browser.')) return false
  // The value after -t / --testNamePattern is a test name, after --testMatch a glob: not a path pattern.
  const patterns = args.filter(
    (arg, i) => !arg.startsWith('-') && !['-t', '--testNamePattern', '--testMatch'].includes(args[i - 1] ?? ''),
  )
  if (patterns.length === 0) return true
  const files = browserTestFiles()
  return patterns.some((pattern) => files.some((file) => new RegExp(pattern).test(file)))
}
