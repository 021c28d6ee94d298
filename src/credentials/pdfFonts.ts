import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The certificate's typefaces: Inter (text) and Source Serif 4 (name and title), both SIL Open
 * Font License 1.1, which allows embedding them in documents. TrueType files from npm packages,
 * so every glyph of a Dutch name (ë, ö, é, ij) is in the PDF instead of a viewer's fallback.
 * Resolved from the working directory (the repo root, like .data/): Next.js bundles this module,
 * and a bundler rewrites a require.resolve it can see.
 */
const FILES = {
  text: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  textStrong: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  display: '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
} as const

export type FontName = keyof typeof FILES

let cached: Record<FontName, Buffer> | undefined

export function pdfFonts(): Record<FontName, Buffer> {
  if (cached) return cached
  const resolve = createRequire(path.join(process.cwd(), 'package.json')).resolve
  cached = Object.fromEntries(
    Object.entries(FILES).map(([name, file]) => [name, readFileSync(resolve(file))]),
  ) as Record<FontName, Buffer>
  return cached
}
