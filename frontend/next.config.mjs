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
  // pdfkit loads its own data files (fonts' metrics, ICC profile) relative to its module at run time.
  serverExternalPackages: ['pdfkit'],
  // frontend/tsconfig.json extends the root one and adds cms/ and src/.
  // Local builds (npm start, npm test) leave type checking to `npm run typecheck`, which CI runs
  // for the whole tree; the image build keeps Next's own check.
  typescript: { tsconfigPath: './tsconfig.json', ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
