import { describe, expect, it } from '@jest/globals'
import { isValidBsn, piiProblems, scanForPii } from '../../src/domain/pii'
import { type RankingCandidate, type RankingContext, leftOutAsStale, rankCandidates } from '../../src/domain/ranking'
import { isDueForConfirmation } from '../../src/domain/availabilityConfirmation'

const now = new Date('2026-03-01T10:00:00Z')
const kinds = (text: string) => [...new Set(scanForPii(text, now).map((f) => f.kind))]

describe('PII scan', () => {
  it('BSN: only 9-digit numbers that pass the 11-check', () => {
    expect(isValidBsn('111222333')).toBe(true)
    expect(isValidBsn('123456782')).toBe(true)
    expect(isValidBsn('123456789')).toBe(false)
    expect(kinds('BSN 1112.22.333 van het kind')).toEqual(['bsn'])
    expect(kinds('dossiernummer 123456789')).toEqual([])
  })

  it('phone numbers, e-mail addresses, postcode with house number, dates of birth', () => {
    expect(kinds('bel 06-12345678')).toEqual(['phone'])
    expect(kinds('tel +31 20 123 4567')).toEqual(['phone'])
    expect(kinds('mail moeder@voorbeeld.nl')).toEqual(['email'])
    expect(kinds('woont op 2011 AB 12')).toEqual(['address'])
    expect(kinds('Kerkstraat 12, 2011AB Haarlem')).toEqual(['address'])
    expect(kinds('geboren 12-03-2019')).toEqual(['date-of-birth'])
    expect(kinds('geb. 3 maart 2024')).toEqual(['date-of-birth'])
    expect(kinds('kind van 2014: 14-2-2014')).toEqual(['date-of-birth'])
  })

  it('leaves ordinary request text alone', () => {
    expect(
      kinds('Meisje van 8, herbelevingen na geweld. 2 uur per week, start 1-4-2026, regio 2011 (Haarlem).'),
    ).toEqual([])
  })

  it('names the field and the reason in Dutch', () => {
    const problems = piiProblems(
      {
        title: { label: 'De korte titel', value: 'Kind in opvang' },
        context: { label: 'De toelichting', value: 'Moeder bereikbaar op 06 1234 5678' },
      },
      now,
    )
    expect(problems).toEqual([
      {
        field: 'context',
        kinds: ['phone'],
        message: expect.stringMatching(/^De toelichting bevat een telefoonnummer\./),
      },
    ])
  })
})

const candidate = (id: string, extra: Partial<RankingCandidate> = {}): RankingCandidate => ({
  id,
  displayName: id,
  status: 'active',
  methods: ['emdr'],
  certifiedMethods: [],
  themes: [],
  targetGroups: ['kids'],
  homeRegion: 'haarlem',
  regionsServed: [],
  remoteAvailable: false,
  capacityCases: 3,
  freeCases: 2,
  hoursPerWeek: 8,
  availableFrom: null,
  availabilityConfirmedAt: '2026-02-20T10:00:00Z',
  ...extra,
})
const context = (extra: Partial<RankingContext> = {}): RankingContext => ({
  policy: 'own',
  neighbours: ['amsterdam'],
  excluded: new Set(),
  now,
  names: { expertise: { emdr: 'EMDR', kids: '4–12 jaar' }, regions: { haarlem: 'Haarlem' } },
  ...extra,
})
const request = { expertise: ['emdr'], targetGroup: 'kids', region: 'haarlem', hoursPerWeek: 2, wantedStart: null }

describe('ranking', () => {
  it('scores expertise, region and capacity with Dutch reasons', () => {
    const [best] = rankCandidates([candidate('a')], request, context())
    expect(best!.reasons).toBe('EMDR ✓, doelgroep 4–12 jaar ✓, regio Haarlem ✓, 2 plekken vrij, beschikbaar op tijd')
  })

  it('orders by fit: certified and own region first, missing expertise and late availability last', () => {
    const ranked = rankCandidates(
      [
        candidate('late', { availableFrom: '2026-06-01' }),
        candidate('certified', { certifiedMethods: ['emdr'] }),
        candidate('no-emdr', { methods: [] }),
        candidate('plain'),
      ],
      request,
      context(),
    )
    expect(ranked.map((r) => r.memberId)).toEqual(['certified', 'plain', 'late', 'no-emdr'])
  })

  it('leaves out inactive, full, already-asked and out-of-region therapists', () => {
    const ranked = rankCandidates(
      [
        candidate('inactive', { status: 'inactive' }),
        candidate('full', { freeCases: 0 }),
        candidate('declined'),
        candidate('neighbour', { homeRegion: 'amsterdam' }),
        candidate('ok'),
      ],
      request,
      context({ excluded: new Set(['declined']) }),
    )
    expect(ranked.map((r) => r.memberId)).toEqual(['ok'])
  })

  it('region policy: neighbours and remote widen the circle, own region still first', () => {
    const pool = [
      candidate('remote', { homeRegion: 'groningen', remoteAvailable: true }),
      candidate('neighbour', { homeRegion: 'amsterdam' }),
      candidate('own'),
    ]
    expect(rankCandidates(pool, request, context({ policy: 'neighbours' })).map((r) => r.memberId)).toEqual([
      'own',
      'neighbour',
    ])
    const wide = rankCandidates(pool, request, context({ policy: 'remote' }))
    expect(wide.map((r) => r.memberId)).toEqual(['own', 'neighbour', 'remote'])
    expect(wide[2]!.reasons).toContain('werkt op afstand')
  })
})

describe('availability confirmation', () => {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

  it('ranking leaves out whoever confirmed more than 30 days ago or never, and says why in Dutch', () => {
    const candidates = [
      candidate('fresh', { availabilityConfirmedAt: daysAgo(30) }),
      candidate('stale', { availabilityConfirmedAt: daysAgo(31) }),
      candidate('never', { availabilityConfirmedAt: null }),
      // Stale too, but not asked had they confirmed: no place free, or asked already.
      candidate('full', { availabilityConfirmedAt: null, freeCases: 0 }),
      candidate('asked', { availabilityConfirmedAt: null }),
    ]
    const asked = context({ excluded: new Set(['asked']) })
    expect(rankCandidates(candidates, request, asked).map((c) => c.memberId)).toEqual(['fresh'])
    expect(leftOutAsStale(candidates, request, asked)).toEqual([
      { memberId: 'never', displayName: 'never', reason: 'beschikbaarheid nooit bevestigd' },
      { memberId: 'stale', displayName: 'stale', reason: 'beschikbaarheid 31 dagen niet bevestigd (meer dan 30)' },
    ])
  })

  it('asks again once the last confirmation is 14 days old', () => {
    expect(isDueForConfirmation(daysAgo(13), now)).toBe(false)
    expect(isDueForConfirmation(daysAgo(14), now)).toBe(true)
    expect(isDueForConfirmation(null, now)).toBe(true)
    expect(isDueForConfirmation(daysAgo(3), now, 2)).toBe(true)
  })
})
