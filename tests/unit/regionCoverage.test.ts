import { describe, expect, it } from '@jest/globals'
import { type CoverageInput, percentile, regionCoverage } from '../../src/domain/regionCoverage'

const now = new Date('2026-12-04T12:00:00.000Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
const after = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString()

/** Two regions: Zaanstreek has one therapist (EMDR, 6–12), Amsterdam two (CPP for 0–4, and EMDR). */
function world(): CoverageInput {
  const requests = [
    // Zaanstreek asks three times for CPP with 0–4, which nobody there offers, and once for EMDR with 6–12.
    { id: 'r1', region: 'zaan', expertise: ['cpp'], targetGroup: 'g04', status: 'matching', submittedAt: daysAgo(10) },
    { id: 'r2', region: 'zaan', expertise: ['cpp'], targetGroup: 'g04', status: 'escalated', submittedAt: daysAgo(40) },
    { id: 'r3', region: 'zaan', expertise: ['cpp'], targetGroup: 'g04', status: 'closed', submittedAt: daysAgo(200) },
    { id: 'r4', region: 'zaan', expertise: ['emdr'], targetGroup: 'g612', status: 'matched', submittedAt: daysAgo(20) },
    // Older than a year: no longer what the region needs.
    { id: 'r5', region: 'zaan', expertise: ['vrt'], targetGroup: null, status: 'closed', submittedAt: daysAgo(400) },
    // EMDR without target group, and EMDR for 0–4: the EMDR therapist in Amsterdam has no 0–4.
    { id: 'r6', region: 'adam', expertise: ['emdr'], targetGroup: null, status: 'matched', submittedAt: daysAgo(5) },
    { id: 'r7', region: 'adam', expertise: ['emdr'], targetGroup: 'g04', status: 'matched', submittedAt: daysAgo(30) },
  ]
  return {
    regions: [
      { id: 'adam', name: 'Amsterdam-Amstelland', target: 2 },
      { id: 'zaan', name: 'Zaanstreek-Waterland', target: 4 },
    ],
    members: [
      { regions: ['zaan'], expertise: ['emdr', 'g612'], freeCases: 1, hoursPerWeek: 6 },
      { regions: ['adam'], expertise: ['cpp', 'g04'], freeCases: 0, hoursPerWeek: 4 },
      { regions: ['adam', 'zaan-nope'], expertise: ['emdr', 'g612'], freeCases: 2, hoursPerWeek: 8 },
    ],
    requests,
    firstOfferAt: new Map([
      ['r1', after(daysAgo(10), 1)],
      ['r2', after(daysAgo(40), 3)],
      ['r4', after(daysAgo(20), 2)],
      ['r6', after(daysAgo(5), 0.5)],
    ]),
    matchedAt: new Map([
      ['r4', after(daysAgo(20), 6)],
      ['r6', after(daysAgo(5), 2)],
      ['r7', after(daysAgo(30), 9)],
    ]),
    runningTrainings: ['adam', 'adam', 'zaan'],
    runningGroups: ['zaan'],
    now,
  }
}

describe('coverage per region', () => {
  const [adam, zaan] = regionCoverage(world())

  it('counts therapists, coverage, free places and hours where they work', () => {
    expect(zaan).toMatchObject({ therapists: 1, target: 4, coverage: 25, freeCases: 1, hoursPerWeek: 6 })
    expect(adam).toMatchObject({ therapists: 2, target: 2, coverage: 100, freeCases: 2, hoursPerWeek: 12 })
  })

  it('names what requests of the past year asked for and no therapist in the region offers, most asked first', () => {
    expect(zaan!.gaps).toEqual([{ targetGroup: 'g04', expertise: 'cpp', requests: 3 }])
    // EMDR is there, but not for 0–4; EMDR without a target group is met.
    expect(adam!.gaps).toEqual([{ targetGroup: 'g04', expertise: 'emdr', requests: 1 }])
  })

  it('counts open requests, and the days to a first offer and to a match over the last 90 days', () => {
    expect(zaan!.openRequests).toBe(2)
    expect(adam!.openRequests).toBe(0)
    expect(zaan!.daysToFirstOffer).toEqual({ median: 2, p90: 3, count: 3 })
    expect(zaan!.daysToMatch).toEqual({ median: 6, p90: 6, count: 1 })
    expect(adam!.daysToMatch).toEqual({ median: 2, p90: 9, count: 2 })
  })

  it('counts the trainings and groups running in each region', () => {
    expect([adam!.trainings, adam!.groups, zaan!.trainings, zaan!.groups]).toEqual([2, 0, 1, 1])
  })

  it('takes the nearest-rank percentile, and none of nothing', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9)
    expect(percentile([], 50)).toBeNull()
  })
})
