#!/usr/bin/env node
/** `npm run build:web`: the production build of portal and admin, only when sources changed. */
import { failureMessage } from './lib/progress.mjs'
import { ensureWebBuild } from './lib/webBuild.mjs'

try {
  await ensureWebBuild()
} catch (error) {
  console.error(failureMessage(error))
  process.exit(1)
}
