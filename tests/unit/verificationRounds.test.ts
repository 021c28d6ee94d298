import { describe, expect, it } from '@jest/globals'
import { currentRound, roundDates, verificationStatus } from '../../src/domain/certification'

/** A certificate issued in 2020, renewed twice: three rounds, each with its own dates and credential. */
const renewedTwice = {
  status: 'valid',
  issuedAt: '2020-03-01T00:00:00.000Z',
  validUntil: '2035-03-01T00:00:00.000Z',
  renewals: [
    { renewedAt: '2024-12-01T00:00:00.000Z', previousValidUntil: '2025-03-01T00:00:00.000Z' },
    { renewedAt: '2029-12-01T00:00:00.000Z', previousValidUntil: '2030-03-01T00:00:00.000Z' },
  ],
}
const now = new Date('2031-01-01T00:00:00.000Z')

describe('verifying one round of a certificate', () => {
  it('gives each round the dates it was issued with', () => {
    expect(currentRound(renewedTwice)).toBe(2)
    expect(roundDates(renewedTwice, 0)).toEqual({
      issuedAt: '2020-03-01T00:00:00.000Z',
      validUntil: '2025-03-01T00:00:00.000Z',
    })
    expect(roundDates(renewedTwice, 1)).toEqual({
      issuedAt: '2024-12-01T00:00:00.000Z',
      validUntil: '2030-03-01T00:00:00.000Z',
    })
    expect(roundDates(renewedTwice, 2)).toEqual({
      issuedAt: '2029-12-01T00:00:00.000Z',
      validUntil: '2035-03-01T00:00:00.000Z',
    })
  })

  it('says superseded for an earlier round, valid for the current one, unknown for one that never was', () => {
    expect([0, 1, 2, 3, -1, 1.5].map((round) => verificationStatus(renewedTwice, now, round))).toEqual([
      'superseded',
      'superseded',
      'valid',
      'unknown',
      'unknown',
      'unknown',
    ])
    expect(verificationStatus(renewedTwice, now)).toBe('valid')
  })

  it('says revoked for every round once revoked, and expired past the end date before the workflow marks it', () => {
    const revoked = { ...renewedTwice, status: 'revoked' }
    expect([0, 1, 2].map((round) => verificationStatus(revoked, now, round))).toEqual(['revoked', 'revoked', 'revoked'])
    expect(verificationStatus(renewedTwice, new Date('2035-03-02T00:00:00.000Z'))).toBe('expired')
    expect(verificationStatus({ ...renewedTwice, status: 'expired' }, now, 0)).toBe('superseded')
    expect(verificationStatus(null, now)).toBe('unknown')
  })

  it('has one round only before the first renewal', () => {
    const first = { status: 'valid', issuedAt: renewedTwice.issuedAt, validUntil: '2025-03-01T00:00:00.000Z' }
    expect(currentRound(first)).toBe(0)
    expect(roundDates(first, 0)).toEqual({ issuedAt: first.issuedAt, validUntil: first.validUntil })
    expect(verificationStatus(first, new Date('2024-01-01T00:00:00.000Z'), 1)).toBe('unknown')
  })
})
