import { describe, expect, it } from '@jest/globals'
import {
  type Facts,
  percentile,
  quarterOf,
  quartersBetween,
  researchFigures,
} from '../../../src/domain/researchFigures'
import { constraintsOf, peel, pinned } from './attack'

const none: Facts = {
  quarters: ['2026-K1'],
  requests: [],
  enrolments: [],
  certificates: [],
  supervision: [],
}
const request = (i: number) => ({
  quarter: '2026-K1',
  region: 'Noord',
  kind: 'case',
  targetGroup: '0-4',
  expertise: [],
  daysToFirstOffer: i,
  daysToMatch: null,
  followUp: null,
})

describe('research figures', () => {
  it('names quarters and runs of them, across a year', () => {
    expect(quarterOf('2026-03-31T23:00:00Z')).toBe('2026-K1')
    expect(quarterOf('2026-04-01T00:00:00Z')).toBe('2026-K2')
    expect(quartersBetween('2025-K3', '2026-K2')).toEqual(['2025-K3', '2025-K4', '2026-K1', '2026-K2'])
  })

  it('gives a median or p90 only from 11 values, by nearest rank', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBeNull()
    const eleven = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    expect(percentile(eleven, 50)).toBe(6)
    expect(percentile(eleven, 90)).toBe(10)
  })

  it('shows a rate only when both its counts are shown', () => {
    const offered = researchFigures({ ...none, requests: Array.from({ length: 30 }, (_, i) => request(i)) })
    expect(offered.offerRate).toEqual([{ quarter: '2026-K1', percent: 100 }])
    const some = researchFigures({
      ...none,
      requests: Array.from({ length: 30 }, (_, i) => ({ ...request(i), daysToFirstOffer: i < 25 ? i : null })),
    })
    expect(some.offered.cells.map((row) => row[0])).toEqual([null, null])
    expect(some.offerRate[0].percent).toBeNull()
  })

  it('reads match counts from the follow-up partition, so a follow-up gives no hidden match count away', () => {
    // 30 requests: 12 matched and started, 2 matched without an answer, 16 not matched.
    const requests = Array.from({ length: 30 }, (_, i) => ({
      ...request(i),
      daysToMatch: i < 14 ? 20 : null,
      followUp: i < 12 ? ('started' as const) : i < 14 ? ('not-answered' as const) : null,
    }))
    const figures = researchFigures({ ...none, requests })
    expect(figures.followUp.rows).toEqual(['started', 'not-started', 'not-answered', 'geen match'])
    expect(figures.followUp.cells[2]![0]).toBeNull()
    // 12 + 0 + hidden is no number: the match count is hidden with it, and nothing pins either.
    expect(figures.matched.cells[0]![0]).toBeNull()
    const tables = [figures.requestsByRegion, figures.requestsByKind, figures.requestsByTargetGroup, figures.offered]
    expect(pinned(constraintsOf([...tables, figures.followUp])).size).toBe(0)
    expect(peel(constraintsOf([...tables, figures.followUp])).size).toBe(0)
    // Where every follow-up cell shows, the match count is their sum.
    const shown = researchFigures({
      ...none,
      requests: requests.map((r, i) => (i < 14 ? { ...r, followUp: 'started' as const } : r)),
    })
    expect(shown.matched.cells.map((row) => row[0])).toEqual([14, 16])
  })

  it('counts supervision hours in half hours, only with 11 different supervisees', () => {
    const session = (present: string[]) => ({ quarter: '2026-K1', hours: 1.3, present })
    const ten = Array.from({ length: 10 }, (_, i) => `m${i}`)
    expect(researchFigures({ ...none, supervision: [session(ten), session(ten)] }).supervisionHours[0].hours).toBeNull()
    const figures = researchFigures({ ...none, supervision: [session(ten), session(['m10'])] })
    expect(figures.supervisionHours[0].hours).toBe(2.5)
  })
})
