import type { Cell, PublishedTable } from '../../../src/domain/suppression'

/**
 * A reader who tries to recover suppressed counts from published tables, written apart from
 * src/domain/suppression.ts so the test does not trust the module's own reasoning. What the
 * reader knows: every line of a table sums to its total, tables over the same columns share
 * their column totals and grand total, a hidden count is a whole number of at least 1 (zeros are
 * shown). Two attacks: peel equations with a single unknown, then bound each unknown exactly by
 * linear programming (its minimum and maximum under all the constraints).
 */
type Equation = { terms: Map<string, number>; rhs: number }

/** The constraints of the published tables; unknowns named by table and place. */
export function constraintsOf(tables: readonly PublishedTable[]): Equation[] {
  const equations: Equation[] = []
  const add = (cells: [string, Cell, number][]) => {
    const terms = new Map<string, number>()
    let rhs = 0
    for (const [name, value, sign] of cells)
      if (value === null) terms.set(name, (terms.get(name) ?? 0) + sign)
      else rhs -= sign * value
    equations.push({ terms, rhs })
  }
  tables.forEach((table, t) => {
    const cell = (i: number, j: number) => `t${t}:${i},${j}`
    const rowTotal = (i: number) => `t${t}:row${i}`
    // Shared: the same unknown in every table.
    const columnTotal = (j: number) => `col${j}`
    table.rows.forEach((_, i) =>
      add([
        ...table.columns.map((_, j): [string, Cell, number] => [cell(i, j), table.cells[i][j], 1]),
        [rowTotal(i), table.rowTotals[i], -1],
      ]),
    )
    table.columns.forEach((_, j) =>
      add([
        ...table.rows.map((_, i): [string, Cell, number] => [cell(i, j), table.cells[i][j], 1]),
        [columnTotal(j), table.columnTotals[j], -1],
      ]),
    )
    add([
      ...table.rows.map((_, i): [string, Cell, number] => [rowTotal(i), table.rowTotals[i], 1]),
      ['total', table.total, -1],
    ])
    add([
      ...table.columns.map((_, j): [string, Cell, number] => [columnTotal(j), table.columnTotals[j], 1]),
      ['total', table.total, -1],
    ])
  })
  return equations.filter((equation) => equation.terms.size > 0)
}

/** Unknowns solved one at a time from an equation where only one is left. */
export function peel(equations: readonly Equation[]): Map<string, number> {
  const known = new Map<string, number>()
  for (let progress = true; progress;) {
    progress = false
    for (const { terms, rhs } of equations) {
      const open = [...terms].filter(([name]) => !known.has(name))
      if (open.length !== 1) continue
      const [name, coefficient] = open[0]
      const rest = [...terms].filter(([other]) => other !== name)
      known.set(name, (rhs - rest.reduce((sum, [other, c]) => sum + c * known.get(other)!, 0)) / coefficient)
      progress = true
    }
  }
  return known
}

/** The unknowns whose minimum equals their maximum under the equations and "at least 1". */
export function pinned(equations: readonly Equation[]): Map<string, number> {
  const names = [...new Set(equations.flatMap((e) => [...e.terms.keys()]))]
  const result = new Map<string, number>()
  for (const [k, name] of names.entries()) {
    const objective = names.map((_, j) => (j === k ? 1 : 0))
    const max = maximise(equations, names, objective)
    const min = maximise(
      equations,
      names,
      objective.map((c) => -c),
    )
    if (max === 'infeasible' || min === 'infeasible') throw new Error('the published tables contradict themselves')
    if (max !== 'unbounded' && min !== 'unbounded' && Math.abs(max + min) < 1e-6) result.set(name, max)
  }
  return result
}

const EPS = 1e-9

/**
 * max c·x subject to the equations and x ≥ 1: two-phase simplex with Bland's rule on a dense
 * tableau, over y = x − 1 ≥ 0.
 */
function maximise(equations: readonly Equation[], names: string[], c: number[]): number | 'unbounded' | 'infeasible' {
  const n = names.length
  const m = equations.length
  // Rows [A | I | b] with b ≥ 0: A y = rhs − A·1.
  const rows = equations.map(({ terms, rhs }, i) => {
    const a = names.map((name) => terms.get(name) ?? 0)
    const b = rhs - a.reduce((s, v) => s + v, 0)
    const sign = b < 0 ? -1 : 1
    return [...a.map((v) => sign * v), ...Array.from({ length: m }, (_, j) => (j === i ? 1 : 0)), sign * b]
  })
  const basis = rows.map((_, i) => n + i)
  const width = n + m
  const phaseOne = Array.from({ length: width }, (_, j) => (j >= n ? -1 : 0))
  if (run(rows, basis, phaseOne, width) === 'unbounded') throw new Error('phase one cannot be unbounded')
  if (Math.abs(value(rows, basis, phaseOne)) > 1e-6) return 'infeasible'
  // Artificial variables still basic (at zero): pivot them out, or drop their redundant row.
  for (let i = rows.length - 1; i >= 0; i--) {
    if (basis[i] < n) continue
    const j = rows[i].findIndex((v, col) => col < n && Math.abs(v) > EPS)
    if (j === -1) (rows.splice(i, 1), basis.splice(i, 1))
    else pivot(rows, basis, i, j)
  }
  const objective = Array.from({ length: width }, (_, j) => (j < n ? c[j] : 0))
  const allowed = (j: number) => j < n
  if (run(rows, basis, objective, width, allowed) === 'unbounded') return 'unbounded'
  return value(rows, basis, objective) + c.reduce((s, v) => s + v, 0)
}

function run(
  rows: number[][],
  basis: number[],
  c: number[],
  width: number,
  allowed: (j: number) => boolean = () => true,
): 'optimal' | 'unbounded' {
  for (;;) {
    const reduced = Array.from(
      { length: width },
      (_, j) => c[j] - rows.reduce((s, row, i) => s + c[basis[i]] * row[j], 0),
    )
    const entering = reduced.findIndex((r, j) => allowed(j) && !basis.includes(j) && r > EPS)
    if (entering === -1) return 'optimal'
    let leaving = -1
    for (const [i, row] of rows.entries()) {
      if (row[entering] <= EPS) continue
      const ratio = row[row.length - 1] / row[entering]
      const best = leaving === -1 ? Infinity : rows[leaving][rows[leaving].length - 1] / rows[leaving][entering]
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leaving])) leaving = i
    }
    if (leaving === -1) return 'unbounded'
    pivot(rows, basis, leaving, entering)
  }
}

function pivot(rows: number[][], basis: number[], i: number, j: number) {
  const p = rows[i][j]
  rows[i] = rows[i].map((v) => v / p)
  for (const [r, row] of rows.entries()) {
    if (r === i || Math.abs(row[j]) <= EPS) continue
    const factor = row[j]
    rows[r] = row.map((v, col) => v - factor * rows[i][col])
  }
  basis[i] = j
}

const value = (rows: number[][], basis: number[], c: number[]) =>
  rows.reduce((s, row, i) => s + c[basis[i]] * row[row.length - 1], 0)
