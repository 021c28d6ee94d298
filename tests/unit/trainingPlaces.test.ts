import { describe, expect, it } from '@jest/globals'
import {
  attendanceDateProblem,
  enrolmentFor,
  trainingEndsAt,
  trainingGivesPlaces,
} from '../../src/domain/trainingPlaces'

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

describe('training places: what the training page offers', () => {
  const now = new Date('2026-12-02T12:00:00.000Z')
  const upcoming = { capacity: 2, sessionDates: [{ date: '2027-01-10T09:00:00.000Z' }] }

  it('enrolment while places are free, the waiting list once all are taken', () => {
    expect(enrolmentFor(upcoming, 1, now)).toBe('open')
    expect(enrolmentFor(upcoming, 2, now)).toBe('waiting-list')
  })

  it('closed once the last session has passed, free places or not', () => {
    expect(enrolmentFor({ capacity: 2, sessionDates: [{ date: '2026-11-01T09:00:00.000Z' }] }, 0, now)).toBe('closed')
    expect(enrolmentFor({ capacity: 2, sessionDates: [] }, 0, now)).toBe('open')
  })
})

describe('training places: attendance the trainer may record', () => {
  const sessions = [{ date: '2026-11-20T09:00:00.000Z' }, { date: '2026-12-10T09:00:00.000Z' }]

  it('at one of the sessions, by its day, from the day of the enrolment on', () => {
    expect(attendanceDateProblem(sessions, '2026-11-20T15:00:00.000Z', '2026-11-20')).toBeNull()
    expect(attendanceDateProblem(sessions, '2026-11-01T00:00:00.000Z', '2026-12-10T13:00:00.000Z')).toBeNull()
  })

  it('not at a day without a session, nor at a session before the enrolment', () => {
    expect(attendanceDateProblem(sessions, '2026-11-01T00:00:00.000Z', '2026-11-21')).toMatch(/geen bijeenkomst/)
    expect(attendanceDateProblem([], null, '2026-11-20')).toMatch(/geen bijeenkomst/)
    expect(attendanceDateProblem(sessions, '2026-11-25T10:00:00.000Z', '2026-11-20')).toMatch(/vóór de inschrijving/)
  })
})
