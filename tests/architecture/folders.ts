import type { ICruiseResult } from 'dependency-cruiser'

const tops = ['src', 'cms', 'workflows', 'frontend']
const compositionRoots = new Set(['workflows/worker.ts', 'src/server.ts'])
const topOf = (file: string) => tops.find((top) => file.startsWith(`${top}/`))

/** Imports between top-level folders as "from -> to", without the two exceptions the rules make. */
export function folderEdges(result: ICruiseResult): Set<string> {
  const edges = new Set<string>()
  for (const mod of result.modules) {
    const from = topOf(mod.source)
    if (!from || compositionRoots.has(mod.source)) continue
    for (const dep of mod.dependencies) {
      const to = topOf(dep.resolved)
      const typeOnly = dep.dependencyTypes.some((t) => t === 'type-only' || t === 'pre-compilation-only')
      if (!to || to === from || (dep.resolved === 'cms/payload-types.ts' && typeOnly)) continue
      edges.add(`${from} -> ${to}`)
    }
  }
  return edges
}

/** Pairs of folders that import each other, directly or through a third. */
export function folderCycles(edges: Set<string>): string[] {
  const reaches = (a: string, b: string, seen = new Set<string>()): boolean =>
    tops.some((c) => edges.has(`${a} -> ${c}`) && (c === b || (!seen.has(c) && (seen.add(c), reaches(c, b, seen)))))
  const cycles: string[] = []
  for (const a of tops) for (const b of tops) if (a < b && reaches(a, b) && reaches(b, a)) cycles.push(`${a} ⇄ ${b}`)
  return cycles
}
