import { describe, expect, it } from '@jest/globals'
import {
  type LedgerEntry,
  cycleWindow,
  decisionProblem,
  entriesInWindow,
  percentOfRequirement,
  progressSentence,
  sessionCredits,
  sumLedger,
} from '../../src/domain/renewalCredits'
import { renewalReminderMoments } from '../../src/domain/renewalReminders'

const window = { from: '2026-01-01T10:00:00.000Z', until: '2031-01-01T10:00:00.000Z' }
const entry = (key: string, date: string, credits: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  key,
  kind: 'activity',
  date,
  description: key,
  credits,
  status: 'approved',
  ...extra,
})

describe('renewal credits: the sum of one cycle', () => {
  it('counts approved entries by kind; pending apart; rejected not at all', () => {
    const totals = sumLedger(
      [
        entry('a', '2027-03-01T00:00:00.000Z', 8),
        entry('b', '2027-04-01T00:00:00.000Z', 1.5, { kind: 'supervision' }),
        entry('c', '2027-05-01T00:00:00.000Z', 5, { status: 'pending' }),
        entry('d', '2027-06-01T00:00:00.000Z', 20, { status: 'rejected', reason: 'Geen bewijs bijgevoegd.' }),
        entry('e', '2028-01-01T00:00:00.000Z', 12, { kind: 'training' }),
      ],
      window,
    )
    expect(totals).toEqual({
      approved: 21.5,
      pending: 5,
      byKind: { activity: 8, supervision: 1.5, training: 12, intervision: 0 },
    })
  })

  it('window edges: the first and the last moment count, a moment before or after does not', () => {
    const totals = sumLedger(
      [
        entry('at-start', window.from, 1),
        entry('at-end', window.until, 2),
        entry('just-before', '2026-01-01T09:59:59.999Z', 4),
        entry('just-after', '2031-01-01T10:00:00.001Z', 8),
        entry('no-date', 'geen datum', 16),
      ],
      window,
    )
    expect(totals.approved).toBe(3)
  })

  it('one source counts once, and nothing of zero or less', () => {
    const entries = [
      entry('group:g1:0', '2027-01-01T00:00:00.000Z', 2, { kind: 'supervision' }),
      entry('group:g1:0', '2027-01-01T00:00:00.000Z', 2, { kind: 'supervision' }),
      entry('zero', '2027-01-02T00:00:00.000Z', 0),
    ]
    expect(sumLedger(entries, window).approved).toBe(2)
    expect(entriesInWindow(entries, window).map((e) => e.key)).toEqual(['group:g1:0'])
  })

  it('newest first in the table', () => {
    const keys = entriesInWindow(
      [entry('old', '2026-06-01T00:00:00.000Z', 1), entry('new', '2029-06-01T00:00:00.000Z', 1)],
      window,
    ).map((e) => e.key)
    expect(keys).toEqual(['new', 'old'])
  })

  it('progress, session hours, the sentence of the mail', () => {
    expect(percentOfRequirement(32, 50)).toBe(64)
    expect(percentOfRequirement(80, 50)).toBe(100)
    expect(percentOfRequirement(0, 0)).toBe(100)
    expect(sessionCredits(90)).toBe(1.5)
    expect(sessionCredits(null)).toBe(0)
    expect(progressSentence(32.5, 50)).toBe('Je hebt 32,5 van 50 punten.')
  })

  it('a rejection needs a reason of at least 10 characters; an approval none', () => {
    expect(decisionProblem('reject', 'te kort')).toMatch(/minstens 10 tekens/)
    expect(decisionProblem('reject', 'Geen bewijs van deelname.')).toBeNull()
    expect(decisionProblem('approve', null)).toBeNull()
  })
})

describe('renewal credits: the window of the current cycle', () => {
  it('whole Dutch days: from the start of the day of issue to the end of the day it is valid until', () => {
    expect(cycleWindow({ issuedAt: '2026-03-10T15:00:00.000Z', validUntil: '2031-07-01T08:00:00.000Z' })).toEqual({
      from: '2026-03-09T23:00:00.000Z',
      until: '2031-07-01T21:59:59.999Z',
    })
  })

  it('after a renewal, from the moment of the last renewal (what counted towards it never counts again)', () => {
    const window = cycleWindow({
      issuedAt: '2021-03-10T15:00:00.000Z',
      validUntil: '2031-03-10T15:00:00.000Z',
      renewals: [
        { cycle: 2, renewedAt: '2026-02-01T09:00:00.000Z' },
        { cycle: 1, renewedAt: '2021-02-01T09:00:00.000Z' },
      ],
    })
    expect(window.from).toBe('2026-02-01T09:00:00.000Z')
  })
})

describe('renewal reminders: the moments of one cycle', () => {
  it('180, 90 and 30 days before validUntil, earliest first, each once', () => {
    expect(renewalReminderMoments('2031-01-01T10:00:00.000Z', [30, 180, 90, 90, 0, -5])).toEqual([
      { daysBefore: 180, at: '2030-07-05T10:00:00.000Z' },
      { daysBefore: 90, at: '2030-10-03T10:00:00.000Z' },
      { daysBefore: 30, at: '2030-12-02T10:00:00.000Z' },
    ])
  })
})
