#!/usr/bin/env node
// Counts imports between the top-level folders (src, cms, workflows, frontend), as in issue 13.
// `node scripts/import-counts.mjs [dir] [--list]`; --list also prints every crossing import.
// Counts every `from '…'`/`import('…')` of a relative path or `@payload-config`, type-only ones included.
import fs from 'node:fs'
import path from 'node:path'

const args = process.argv.slice(2)
const list = args.includes('--list')
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? '.')
const tops = ['src', 'cms', 'workflows', 'frontend']
const counts = new Map()
const edges = []

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next') continue
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(p)
    else if (/\.tsx?$/.test(entry.name)) scan(p)
  }
}

function scan(file) {
  const rel = path.relative(root, file)
  const from = rel.split(path.sep)[0]
  const text = fs.readFileSync(file, 'utf8')
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
    const spec = m[1]
    let target
    if (spec.startsWith('.')) target = path.normalize(path.join(path.dirname(rel), spec)).split(path.sep)[0]
    else if (spec === '@payload-config') target = 'cms'
    else continue
    if (!tops.includes(target) || target === from) continue
    const key = `${from} -> ${target}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
    edges.push(`${key}: ${rel} imports ${spec}`)
  }
}

for (const top of tops) if (fs.existsSync(path.join(root, top))) walk(path.join(root, top))
for (const [key, n] of [...counts].sort()) console.log(`${key} ${n}`)
if (list) for (const edge of edges.sort()) console.log(edge)
