import { describe, expect, it } from '@jest/globals'
import { trainingEndsAt, trainingGivesPlaces } from '../../src/domain/trainingPlaces'

describe('training places: when a training ends', () => {
  const now = new Date('2026-12-02T12:00:00.000Z')

  it('ends with its last session, in whatever order the sessions are listed', () => {
    const sessions = [{ date: '2027-01-10T09:00:00.000Z' }, { date: '2026-11-01T09:00:00.000Z' }]
    expect(trainingEndsAt(sessions)?.toISOString()).toBe('2027-01-10T09:00:00.000Z')
    expect(trainingGivesPlaces({ sessionDates: sessions }, now)).toBe(true)
    expect(trainingGivesPlaces({ sessionDates: sessions }, new Date('2027-01-10T09:00:00.000Z'))).toBe(false)
  })

  it('without (readable) session dates it never ends', () => {
    expect(trainingEndsAt(undefined)).toBeNull()
    expect(trainingEndsAt([{ date: null }, { date: 'geen datum' }])).toBeNull()
    expect(trainingGivesPlaces({ sessionDates: [] }, now)).toBe(true)
  })
})
