import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { cruiseTree, violationLines } from './cruise'
import { folderCycles, folderEdges } from './folders'

// Violations of the tree as it was when the rules came in; each move of issue 13 removes its
// lines, and the list must match exactly, so a new forbidden import fails and so does a stale line.
const known: string[] = JSON.parse(readFileSync(new URL('./known-violations.json', import.meta.url), 'utf8'))

// The rules live in .dependency-cruiser.cjs; this test makes `npm test` enforce them.
describe('dependency rules (.dependency-cruiser.cjs)', () => {
  it('hold for src, cms, workflows and frontend', async () => {
    const result = await cruiseTree(['src', 'cms', 'workflows', 'frontend'])
    expect(result.summary.totalCruised).toBeGreaterThan(300)
    expect(violationLines(result)).toEqual([...known].sort())
    // No cycle between the top-level folders, counting every import except the composition
    // roots' and the type-only imports of the generated Payload types.
    if (known.length === 0) expect(folderCycles(folderEdges(result))).toEqual([])
  }, 120_000)
})
