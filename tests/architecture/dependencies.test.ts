import { describe, expect, it } from '@jest/globals'
import { cruiseTree, violationLines } from './cruise'
import { folderCycles, folderEdges } from './folders'

// The rules live in .dependency-cruiser.cjs; this test makes `npm test` enforce them.
describe('dependency rules (.dependency-cruiser.cjs)', () => {
  it('hold for src, cms, workflows and frontend, and leave no cycle between those folders', async () => {
    const result = await cruiseTree(['src', 'cms', 'workflows', 'frontend'])
    expect(result.summary.totalCruised).toBeGreaterThan(300)
    // Each violation reads "from → to (rule)".
    expect(violationLines(result)).toEqual([])
    // Every import counts here except the composition roots' and `import type` of the generated Payload types.
    const edges = folderEdges(result)
    expect(folderCycles(edges)).toEqual([])
    expect([...edges].sort()).toEqual([
      'cms -> src',
      'cms -> workflows',
      'frontend -> cms',
      'frontend -> src',
      'frontend -> workflows',
      'workflows -> src',
    ])
  }, 120_000)
})
