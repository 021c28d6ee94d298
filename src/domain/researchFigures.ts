import {
  type Cell,
  type CountTable,
  type PublishedTable,
  SMALLEST_SHOWN,
  suppress,
  suppressTogether,
} from './suppression'

/**
 * The research export's figures (issue 15 §3), from plain facts without people in them: each
 * fact is a quarter and a category, never an id, a name, free text or a day. Counts go through
 * suppression; a median or p90 is shown only when at least 11 requests went into it, a rate only
 * when both its counts are shown.
 */
export type RequestFact = {
  quarter: string
  region: string
  kind: string
  targetGroup: string
  expertise: string[]
  daysToFirstOffer: number | null
  daysToMatch: number | null
  /** Of a matched request: what the follow-up question got; null without a match. */
  followUp: FollowUpOutcome | null
}
export type FollowUpOutcome = 'started' | 'not-started' | 'not-answered'
export type Facts = {
  quarters: string[]
  requests: RequestFact[]
  enrolments: { quarter: string }[]
  certificates: { quarter: string }[]
  /** Per supervision session held: its hours and who was present (only to count them). */
  supervision: { quarter: string; hours: number; present: string[] }[]
}

export type Timing = { quarter: string; cases: number | null; medianDays: number | null; p90Days: number | null }
export type Rate = { quarter: string; percent: number | null }
export type ResearchFigures = {
  requestsByRegion: PublishedTable
  requestsByKind: PublishedTable
  requestsByTargetGroup: PublishedTable
  offered: PublishedTable
  matched: PublishedTable
  requestsByExpertise: PublishedTable
  offerRate: Rate[]
  matchRate: Rate[]
  timeToFirstOffer: Timing[]
  timeToMatch: Timing[]
  followUp: PublishedTable
  trainings: PublishedTable
  supervisionHours: { quarter: string; hours: number | null }[]
}
export const FIGURES = [
  'requestsByRegion',
  'requestsByKind',
  'requestsByTargetGroup',
  'offered',
  'matched',
  'requestsByExpertise',
  'offerRate',
  'matchRate',
  'timeToFirstOffer',
  'timeToMatch',
  'followUp',
  'trainings',
  'supervisionHours',
] as const satisfies readonly (keyof ResearchFigures)[]

const DAY_MS = 24 * 60 * 60 * 1000

/** "2026-K2": the quarter of a moment, in UTC (no finer date leaves). */
export function quarterOf(moment: string | Date): string {
  const date = new Date(moment)
  return `${date.getUTCFullYear()}-K${Math.floor(date.getUTCMonth() / 3) + 1}`
}

export function quartersBetween(from: string, to: string): string[] {
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1
  return Array.from({ length: Math.max(0, index(to) - index(from) + 1) }, (_, k) => {
    const i = index(from) + k
    return `${Math.floor(i / 4)}-K${(i % 4) + 1}`
  })
}

export const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS

/** Count of facts per (row, quarter), rows sorted; a fact can fall in several rows. */
function countBy<T extends { quarter: string }>(
  facts: readonly T[],
  quarters: string[],
  rowsOf: (fact: T) => string[],
  fixedRows?: string[],
): CountTable {
  const rows = fixedRows ?? [...new Set(facts.flatMap(rowsOf))].sort((a, b) => a.localeCompare(b, 'nl'))
  const counts = rows.map(() => quarters.map(() => 0))
  for (const fact of facts) {
    const j = quarters.indexOf(fact.quarter)
    if (j === -1) continue
    for (const row of rowsOf(fact)) counts[rows.indexOf(row)][j]++
  }
  return { rows, columns: quarters, counts }
}

/** Nearest-rank percentile of at least 11 values, in whole days; else nothing. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length < SMALLEST_SHOWN) return null
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.ceil((p / 100) * sorted.length) - 1])
}

/**
 * Median and p90 per quarter from at least 11 requests. The number of requests is the count
 * in the first row of the matching yes/no table, so it is hidden wherever that table hides it.
 */
function timing(facts: Facts, days: (r: RequestFact) => number | null, counted: PublishedTable): Timing[] {
  return facts.quarters.map((quarter, j) => {
    const values = facts.requests
      .filter((r) => r.quarter === quarter)
      .map(days)
      .filter((d): d is number => d !== null)
    return {
      quarter,
      cases: counted.cells[0][j],
      medianDays: percentile(values, 50),
      p90Days: percentile(values, 90),
    }
  })
}

const FOLLOW_UP_ROWS: FollowUpOutcome[] = ['started', 'not-started', 'not-answered']
const NO_MATCH = 'geen match'

/** A sum of published cells, or nothing when one of them is hidden. */
const sumOf = (cells: Cell[]): Cell =>
  cells.some((c) => c === null) ? null : cells.reduce<number>((a, c) => a + c!, 0)

/**
 * Match / no match per quarter, worked out from the published follow-up table only (the matched
 * rows summed), so it tells nothing that table does not.
 */
function matchedFrom(followUp: PublishedTable): PublishedTable {
  const matchRows = FOLLOW_UP_ROWS.map((row) => followUp.rows.indexOf(row))
  const none = followUp.rows.indexOf(NO_MATCH)
  return {
    rows: ['match', NO_MATCH],
    columns: followUp.columns,
    cells: [followUp.columns.map((_, j) => sumOf(matchRows.map((i) => followUp.cells[i][j]))), followUp.cells[none]],
    rowTotals: [sumOf(matchRows.map((i) => followUp.rowTotals[i])), followUp.rowTotals[none]],
    columnTotals: followUp.columnTotals,
    total: followUp.total,
  }
}

/** Share of a quarter's requests in the first row of a yes/no table, when both counts are shown. */
const rateOf = (table: PublishedTable): Rate[] =>
  table.columns.map((quarter, j) => {
    const part = table.cells[0][j]
    const whole = table.columnTotals[j]
    return {
      quarter,
      percent: part === null || whole === null || whole === 0 ? null : Math.round((100 * part) / whole),
    }
  })

export function researchFigures(facts: Facts): ResearchFigures {
  const { quarters, requests } = facts
  // One partition of the same requests each: their quarter totals are the same numbers. Follow-up
  // is one of them (by the request's quarter, "geen match" its own row), and the match counts are
  // read from it: a table of its own, by another quarter, gave hidden match counts away.
  const [requestsByRegion, requestsByKind, requestsByTargetGroup, offered, followUp] = suppressTogether([
    countBy(requests, quarters, (r) => [r.region]),
    countBy(requests, quarters, (r) => [r.kind]),
    countBy(requests, quarters, (r) => [r.targetGroup]),
    countBy(requests, quarters, (r) => [r.daysToFirstOffer === null ? 'geen aanbod' : 'aanbod'], [
      'aanbod',
      'geen aanbod',
    ]),
    countBy(requests, quarters, (r) => [r.daysToMatch === null ? NO_MATCH : (r.followUp ?? 'not-answered')], [
      ...FOLLOW_UP_ROWS,
      NO_MATCH,
    ]),
  ])
  const matched = matchedFrom(followUp)
  // Expertise: several per request, so its totals are mentions, a table of its own.
  const requestsByExpertise = suppress(countBy(requests, quarters, (r) => r.expertise))
  const people = (q: string) => new Set(facts.supervision.filter((s) => s.quarter === q).flatMap((s) => s.present)).size
  return {
    requestsByRegion,
    requestsByKind,
    requestsByTargetGroup,
    offered,
    matched,
    requestsByExpertise,
    offerRate: rateOf(offered),
    matchRate: rateOf(matched),
    timeToFirstOffer: timing(facts, (r) => r.daysToFirstOffer, offered),
    timeToMatch: timing(facts, (r) => r.daysToMatch, matched),
    followUp,
    trainings: suppress(
      countBy(
        [
          ...facts.enrolments.map((e) => ({ ...e, row: 'ingeschreven' })),
          ...facts.certificates.map((c) => ({ ...c, row: 'gecertificeerd' })),
        ],
        quarters,
        (f) => [f.row],
        ['ingeschreven', 'gecertificeerd'],
      ),
    ),
    // Hours in half hours, shown only when at least 11 different supervisees were there.
    supervisionHours: quarters.map((quarter) => ({
      quarter,
      hours:
        people(quarter) >= SMALLEST_SHOWN
          ? Math.round(
              2 * facts.supervision.filter((s) => s.quarter === quarter).reduce((sum, s) => sum + s.hours, 0),
            ) / 2
          : null,
    })),
  }
}

const SUPPRESSED = 'onderdrukt'
const csvField = (value: string | number | null) => {
  const text = value === null ? SUPPRESSED : String(value)
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One line per figure, row and quarter: figuur,rij,kwartaal,waarde (suppressed: "onderdrukt"). */
export function researchCsv(figures: ResearchFigures): string {
  const lines: (string | number | null)[][] = [['figuur', 'rij', 'kwartaal', 'waarde']]
  for (const name of FIGURES) {
    const figure = figures[name]
    if (Array.isArray(figure)) {
      for (const entry of figure as Record<string, string | number | null>[])
        for (const [key, value] of Object.entries(entry))
          if (key !== 'quarter') lines.push([name, key, entry.quarter, value])
      continue
    }
    const table = figure as PublishedTable
    table.rows.forEach((row, i) => table.columns.forEach((q, j) => lines.push([name, row, q, table.cells[i][j]])))
    table.rows.forEach((row, i) => lines.push([name, row, 'totaal', table.rowTotals[i]]))
    table.columns.forEach((q, j) => lines.push([name, 'totaal', q, table.columnTotals[j]]))
    lines.push([name, 'totaal', 'totaal', table.total])
  }
  return lines.map((line) => line.map(csvField).join(',')).join('\n') + '\n'
}
