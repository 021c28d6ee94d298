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
  // The value after -t / --testNamePattern is a test name, not a path.
  const patterns = args.filter(
    (arg, i) => !arg.startsWith('-') && !['-t', '--testNamePattern'].includes(args[i - 1] ?? ''),
  )
  if (patterns.length === 0) return true
  const files = browserTestFiles()
  return patterns.some((pattern) => files.some((file) => new RegExp(pattern).test(file)))
}
