import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  type CountTable,
  type PublishedTable,
  isSmall,
  suppress,
  suppressTogether,
} from '../../../src/domain/suppression'
import { constraintsOf, peel, pinned } from './attack'

/** Counts as research tables have them: many zeros and small counts, some large ones. */
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 11, max: 60 }))

const tableOf = (rows: number, columns: number) =>
  fc
    .array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })
    .map((counts): CountTable => ({
      rows: counts.map((_, i) => `r${i}`),
      columns: counts[0].map((_, j) => `c${j}`),
      counts,
    }))
const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([r, c]) => tableOf(r, c))

/** Tables over the same columns with the same column totals: one table's rows regrouped. */
const sharing = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([r, c]) => fc.tuple(tableOf(r, c), fc.integer({ min: 1, max: r - 1 })))
  .map(([base, split]): CountTable[] => [
    base,
    {
      rows: ['first', 'rest'],
      columns: base.columns,
      counts: [0, 1].map((part) =>
        base.columns.map((_, j) =>
          base.counts.filter((_, i) => i < split === (part === 0)).reduce((sum, row) => sum + row[j], 0),
        ),
      ),
    },
  ])

function recovered(published: PublishedTable[]): string[] {
  const equations = constraintsOf(published)
  return [...new Set([...peel(equations).keys(), ...pinned(equations).keys()])]
}

/** Every published count, cells and totals alike. */
const shown = (p: PublishedTable) => [...p.cells.flat(), ...p.rowTotals, ...p.columnTotals, p.total]

describe('suppression against a reader who reasons over rows, columns and totals', () => {
  it('no suppressed count of one table can be worked out', () => {
    fc.assert(
      fc.property(table, (t) => {
        const published = suppress(t)
        expect(shown(published).filter((v) => v !== null && isSmall(v))).toEqual([])
        expect(recovered([published])).toEqual([])
      }),
      { numRuns: 400 },
    )
  })

  it('no suppressed count of tables that share their column totals can be worked out', () => {
    fc.assert(
      fc.property(sharing, (tables) => {
        const published = suppressTogether(tables)
        expect(published.flatMap(shown).filter((v) => v !== null && isSmall(v))).toEqual([])
        expect(recovered(published)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('what is shown is the true count', () => {
    fc.assert(
      fc.property(table, (t) => {
        const published = suppress(t)
        published.cells.forEach((row, i) => row.forEach((v, j) => v === null || expect(v).toBe(t.counts[i][j])))
        const total = t.counts.flat().reduce((a, b) => a + b, 0)
        if (published.total !== null) expect(published.total).toBe(total)
      }),
    )
  })
})
