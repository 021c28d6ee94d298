#!/usr/bin/env node
/**
 * `npm run build:prod`: what production runs, built once (the Dockerfile runs this too):
 * - dist/workflows/workflow-bundle.js: the workflow code, bundled by Temporal's bundler, so the
 *   worker does not run webpack at every start (it loads this file when it is there);
 * - dist/src/server.js, dist/workflows/worker.js, dist/scripts/seed.js: web, worker and seed
 *   compiled to JavaScript by esbuild (npm packages stay imports), run with plain `node`.
 * `next build frontend` (the portal and admin) is a separate step.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { bundleWorkflowCode } from '@temporalio/worker'
import { build } from 'esbuild'
import { root } from './lib/tools.mjs'

const dist = path.join(root, 'dist')
const entries = ['src/server.ts', 'workflows/worker.ts', 'scripts/seed.ts']

const started = Date.now()
rmSync(dist, { recursive: true, force: true })

const quiet = { trace() {}, debug() {}, info() {}, log() {}, warn: console.warn, error: console.error }
const { code } = await bundleWorkflowCode({ workflowsPath: path.join(root, 'workflows/workflows.ts'), logger: quiet })
mkdirSync(path.join(dist, 'workflows'), { recursive: true })
writeFileSync(path.join(dist, 'workflows/workflow-bundle.js'), code)

await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: dist,
  outbase: root,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Workflow and class names stay readable in logs and stack traces.
  keepNames: true,
  sourcemap: true,
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
})
// The seed reads its regions next to its own module (new URL('./data/…', import.meta.url)).
cpSync(path.join(root, 'cms/seed/data'), path.join(dist, 'scripts/data'), { recursive: true })
console.log(
  `dist/ gebouwd in ${((Date.now() - started) / 1000).toFixed(1)} s: ${entries.map((e) => `dist/${e.replace(/\.ts$/, '.js')}`).join(', ')}, dist/workflows/workflow-bundle.js`,
)
