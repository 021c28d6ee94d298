import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

/** The repo root: one lockfile and node_modules, and the cms/ + src/ folders the app imports. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Browser tests run their own dev server beside a developer's; each needs its own build folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  turbopack: { root },
  outputFileTracingRoot: root,
  // Two root layouts, no app/layout.tsx: unknown URLs get app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  // frontend/tsconfig.json extends the root one and adds cms/ and src/.
  typescript: { tsconfigPath: './tsconfig.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
