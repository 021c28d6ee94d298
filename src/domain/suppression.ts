/**
 * Small-cell suppression for the research export (issue 15 §3): a published table never lets a
 * reader learn a count from 1 to 10, not directly and not by reasoning over its totals.
 *
 * Primary: every cell and total from 1 to 10 is hidden; zeros stay shown, so a reader knows
 * each hidden value is at least 1. Secondary: the table with its margins is one bigger table
 * in which every line sums to zero (margins negated). The hidden values a reader can still
 * vary are exactly the directed cycles through hidden cells (up on one, down on the next),
 * where a cell at its lower bound 1 may only go up. A hidden cell on no such cycle is fixed
 * by the published figures, so another cell in its line is hidden until none is.
 */
export const SMALLEST_SHOWN = 11

export type Cell = number | null
export type CountTable = { rows: string[]; columns: string[]; counts: number[][] }
export type PublishedTable = {
  rows: string[]
  columns: string[]
  /** null: suppressed. */
  cells: Cell[][]
  rowTotals: Cell[]
  columnTotals: Cell[]
  total: Cell
}

export const isSmall = (count: number): boolean => count >= 1 && count < SMALLEST_SHOWN

type Grid = { values: number[][]; hidden: boolean[][]; rows: number; cols: number }

/** The table with its margins: last column the row totals, last row the column totals. */
function extend(table: CountTable): number[][] {
  const rowTotals = table.counts.map((row) => row.reduce((a, b) => a + b, 0))
  const columnTotals = table.columns.map((_, j) => table.counts.reduce((sum, row) => sum + row[j], 0))
  const total = rowTotals.reduce((a, b) => a + b, 0)
  return [...table.counts.map((row, i) => [...row, rowTotals[i]]), [...columnTotals, total]]
}

/** Margins carry the opposite sign in the zero-sum table; the grand total the same as cells. */
const isMargin = (grid: Grid, i: number, j: number) => (i === grid.rows - 1) !== (j === grid.cols - 1)

/**
 * Whether the hidden cell (i, j) could take another value given everything published: it lies
 * on a directed cycle of hidden cells. Nodes are lines (rows, then columns); a hidden cell is
 * an arc row → column (its value going up, or down for a margin) and column → row (the
 * opposite); a cell at its lower bound 1 keeps only the arc that raises it.
 */
function canVary(grid: Grid, i: number, j: number): boolean {
  const arcs: number[][] = Array.from({ length: grid.rows + grid.cols }, () => [])
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.cols; c++) {
      if (!grid.hidden[r][c] || (r === i && c === j)) continue
      const { up, down } = directions(grid, r, c)
      if (up) arcs[r].push(grid.rows + c)
      if (down) arcs[grid.rows + c].push(r)
    }
  const { up, down } = directions(grid, i, j)
  return (up && reaches(arcs, grid.rows + j, i)) || (down && reaches(arcs, i, grid.rows + j))
}

/** Which arcs a hidden cell allows: row → column raises a cell and lowers a margin. */
function directions(grid: Grid, r: number, c: number): { up: boolean; down: boolean } {
  if (grid.values[r][c] > 1) return { up: true, down: true }
  const margin = isMargin(grid, r, c)
  return { up: !margin, down: margin }
}

function reaches(arcs: number[][], from: number, to: number): boolean {
  const seen = new Set([from])
  const queue = [from]
  while (queue.length > 0) {
    const node = queue.pop()!
    if (node === to) return true
    for (const next of arcs[node]) if (!seen.has(next)) (seen.add(next), queue.push(next))
  }
  return false
}

/** The hidden cell a reader could work out, if any. */
function firstFixed(grid: Grid): [number, number] | null {
  for (let i = 0; i < grid.rows; i++)
    for (let j = 0; j < grid.cols; j++) if (grid.hidden[i][j] && !canVary(grid, i, j)) return [i, j]
  return null
}

/** The smallest shown non-zero cell in the lines of (i, j), else anywhere: hiding it opens a cycle. */
function nextToHide(grid: Grid, [i, j]: [number, number]): [number, number] {
  const shown = (r: number, c: number) => !grid.hidden[r][c] && grid.values[r][c] > 0
  const smallest = (cells: [number, number][]) =>
    cells.filter(([r, c]) => shown(r, c)).sort(([a, b], [c, d]) => grid.values[a][b] - grid.values[c][d])[0]
  const inLines = smallest([
    ...Array.from({ length: grid.cols }, (_, c): [number, number] => [i, c]),
    ...Array.from({ length: grid.rows }, (_, r): [number, number] => [r, j]),
  ])
  const anywhere = () => smallest(grid.values.flatMap((row, r) => row.map((_, c): [number, number] => [r, c])))
  // Never undefined: with every non-zero cell hidden, all of them can be scaled up together.
  return inLines ?? anywhere()
}

/** Extra cells to hide from the start, by position in the extended table (shared totals). */
type Forced = { columnTotals?: readonly boolean[]; total?: boolean }

export function suppress(table: CountTable, forced: Forced = {}): PublishedTable {
  const values = extend(table)
  const rows = values.length
  const cols = values[0].length
  const hidden = values.map((row, i) =>
    row.map((value, j) => {
      if (value === 0) return false
      if (isSmall(value)) return true
      if (i === rows - 1 && j < cols - 1) return Boolean(forced.columnTotals?.[j])
      return i === rows - 1 && j === cols - 1 && Boolean(forced.total)
    }),
  )
  const grid: Grid = { values, hidden, rows, cols }
  for (let fixed = firstFixed(grid); fixed; fixed = firstFixed(grid)) {
    const [r, c] = nextToHide(grid, fixed)
    grid.hidden[r][c] = true
  }
  const shown = (i: number, j: number): Cell => (hidden[i][j] ? null : values[i][j])
  const inner = table.rows.map((_, i) => table.columns.map((_, j) => shown(i, j)))
  return {
    rows: table.rows,
    columns: table.columns,
    cells: inner,
    rowTotals: table.rows.map((_, i) => shown(i, cols - 1)),
    columnTotals: table.columns.map((_, j) => shown(rows - 1, j)),
    total: shown(rows - 1, cols - 1),
  }
}

/**
 * Tables over the same columns whose column totals are the same counts (requests by region, by
 * kind, by target group, per quarter): a total hidden in one is hidden in all, else another
 * table would show it.
 */
export function suppressTogether(tables: readonly CountTable[]): PublishedTable[] {
  const columns = tables[0]?.columns.length ?? 0
  let forced = { columnTotals: Array.from({ length: columns }, () => false), total: false }
  // Only ever hides more, so it ends.
  for (;;) {
    const published = tables.map((table) => suppress(table, forced))
    const next = {
      columnTotals: forced.columnTotals.map((_, j) => published.some((p) => p.columnTotals[j] === null)),
      total: published.some((p) => p.total === null),
    }
    if (next.total === forced.total && next.columnTotals.every((hide, j) => hide === forced.columnTotals[j]))
      return published
    forced = next
  }
}
