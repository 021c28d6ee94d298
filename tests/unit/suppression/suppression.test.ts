import { describe, expect, it } from '@jest/globals'
import { type CountTable, suppress, suppressTogether } from '../../../src/domain/suppression'
import { constraintsOf, peel, pinned } from './attack'

const table = (counts: number[][]): CountTable => ({
  rows: counts.map((_, i) => `r${i}`),
  columns: counts[0].map((_, j) => `c${j}`),
  counts,
})

const hiddenCount = (cells: (number | null)[][]) => cells.flat().filter((c) => c === null).length

describe('suppress', () => {
  it('shows a table without small counts as it is, with its totals', () => {
    const published = suppress(
      table([
        [20, 0],
        [11, 30],
      ]),
    )
    expect(published.cells).toEqual([
      [20, 0],
      [11, 30],
    ])
    expect(published.rowTotals).toEqual([20, 41])
    expect(published.columnTotals).toEqual([31, 30])
    expect(published.total).toBe(61)
  })

  it('hides every count from 1 to 10 and keeps zeros', () => {
    const published = suppress(
      table([
        [1, 0, 10],
        [11, 40, 25],
        [30, 12, 50],
      ]),
    )
    expect(published.cells[0][0]).toBeNull()
    expect(published.cells[0][2]).toBeNull()
    expect(published.cells[0][1]).toBe(0)
    expect(published.rowTotals[0]).toBeNull()
  })

  it('hides a second cell in the line of a lone small count, the smallest one', () => {
    // 5 alone in its row and column would be its total minus the shown cells.
    const published = suppress(
      table([
        [5, 40, 13],
        [20, 30, 60],
        [25, 35, 70],
      ]),
    )
    expect(published.cells[0][0]).toBeNull()
    expect(hiddenCount(published.cells)).toBeGreaterThan(1)
    // The smallest shown cell of row 0 is 13, of column 0 is 20: 13 goes first.
    expect(published.cells[0][2]).toBeNull()
  })

  it('does not stop at a cycle that the lower bound 1 closes: a + b = 2 gives a = b = 1', () => {
    // Hiding the two 1s of a row leaves a cycle through the row total 2, but both are pinned at 1.
    const published = suppress(
      table([
        [1, 1, 0],
        [40, 50, 60],
        [30, 20, 70],
      ]),
    )
    const equations = constraintsOf([published])
    expect(pinned(equations).size).toBe(0)
    expect(peel(equations).size).toBe(0)
  })

  it('hides everything non-zero when nothing less is safe, and the reader learns nothing', () => {
    const published = suppress(table([[1]]))
    expect(published).toMatchObject({ cells: [[null]], rowTotals: [null], columnTotals: [null], total: null })
    expect(pinned(constraintsOf([published])).size).toBe(0)
  })

  it('the attack recovers what primary suppression alone leaves open (the test can fail)', () => {
    const primaryOnly = {
      ...suppress(
        table([
          [20, 30],
          [40, 50],
        ]),
      ),
      cells: [
        [null, 30],
        [40, 50],
      ],
    }
    expect(peel(constraintsOf([primaryOnly])).get('t0:0,0')).toBe(20)
    expect(pinned(constraintsOf([primaryOnly])).get('t0:0,0')).toBeCloseTo(20)
    const boundOnly = {
      ...suppress(
        table([
          [1, 1],
          [40, 50],
        ]),
      ),
      cells: [
        [null, null],
        [40, 50],
      ],
      rowTotals: [2, 90],
    }
    expect(peel(constraintsOf([boundOnly])).size).toBe(0)
    expect(pinned(constraintsOf([boundOnly])).get('t0:0,0')).toBeCloseTo(1)
  })
})

describe('suppressTogether', () => {
  it('hides a column total in every table once one table hides it', () => {
    const byRegion = table([
      [3, 40],
      [12, 30],
    ])
    const byKind = table([
      [15, 0],
      [0, 70],
    ])
    const [region, kind] = suppressTogether([byRegion, byKind])
    // Column 0's total 15 had to go in byRegion (3 and 12 would otherwise give each other away)...
    expect(region.cells[0][0]).toBeNull()
    if (region.columnTotals[0] === null) expect(kind.columnTotals[0]).toBeNull()
    expect(pinned(constraintsOf([region, kind])).size).toBe(0)
  })
})
