import { describe, expect, it } from '@jest/globals'
import { type Candidate, candidatesForSlot, chooseMembers } from '../../src/domain/availability'
import { decideQuorum, formationDeadline, membersStillNeeded } from '../../src/domain/quorum'
import { amsterdamToUtc, planSessions, sessionMinutes } from '../../src/domain/schedule'
import { groupCalendar } from '../../src/domain/scheduleIcs'

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 9)).toISOString()
const candidate = (memberId: string, availability: string[], day = 1, onlineAllowed = true): Candidate => ({
  memberId,
  availability,
  signedUpAt: at(day),
  onlineAllowed,
})

describe('member choice by overlapping availability', () => {
  it('takes the largest set sharing one weekday part, earliest sign-ups first', () => {
    const pool = [
      candidate('a', ['ma-ochtend'], 1),
      candidate('b', ['di-middag', 'ma-ochtend'], 2),
      candidate('c', ['di-middag'], 3),
      candidate('d', ['di-middag'], 4),
      candidate('e', ['di-middag'], 5),
    ]
    expect(chooseMembers(pool, 2, 3)).toEqual({ slot: 'di-middag', memberIds: ['b', 'c', 'd'], online: true })
  })
  it('returns null when no part is shared by the minimum', () => {
    expect(chooseMembers([candidate('a', ['ma-ochtend']), candidate('b', ['di-ochtend'])], 2, 4)).toBeNull()
  })
  it('meets online only when everyone allows it', () => {
    expect(
      chooseMembers([candidate('a', ['wo-avond'], 1, true), candidate('b', ['wo-avond'], 2, false)], 2, 4)?.online,
    ).toBe(false)
  })
  it('fills places for a slot, skipping excluded members', () => {
    const pool = [
      candidate('a', ['vr-ochtend'], 1),
      candidate('b', ['vr-ochtend'], 2),
      candidate('c', ['ma-ochtend'], 3),
    ]
    expect(candidatesForSlot(pool, 'vr-ochtend', 1, ['a']).map((c) => c.memberId)).toEqual(['b'])
  })
})

describe('quorum', () => {
  const norm = { minSize: 3, maxSize: 4 }
  const pool = [candidate('a', ['ma-ochtend'], 1), candidate('b', ['ma-ochtend'], 2), candidate('c', ['ma-ochtend'], 3)]
  it('forms at the maximum at once', () => {
    expect(decideQuorum([...pool, candidate('d', ['ma-ochtend'], 4)], norm, Date.parse(at(4)), 28)).toMatchObject({
      form: true,
      reason: 'full',
    })
  })
  it('waits with the minimum until the deadline, then forms', () => {
    expect(decideQuorum(pool, norm, Date.parse(at(28)), 28)).toEqual({ form: false, reason: 'before-deadline' })
    expect(decideQuorum(pool, norm, Date.parse(at(29)), 28)).toMatchObject({ form: true, reason: 'deadline' })
    expect(formationDeadline(pool, 28)).toBe(Date.parse(at(29)))
  })
  it('below the minimum keeps waiting, also after the deadline, and says how many are needed', () => {
    expect(decideQuorum(pool.slice(0, 2), norm, Date.parse(at(90)), 28)).toEqual({ form: false, reason: 'too-few' })
    expect(membersStillNeeded(pool.slice(0, 2), norm)).toBe(1)
    expect(
      decideQuorum(
        [candidate('a', ['ma-ochtend']), candidate('b', ['di-ochtend']), candidate('c', ['wo-ochtend'])],
        norm,
        Date.parse(at(90)),
        28,
      ),
    ).toEqual({ form: false, reason: 'no-shared-time' })
  })
})

describe('schedule by the norms', () => {
  it('supervision session length follows the group size (LVSC)', () => {
    expect([1, 2, 3, 4].map((size) => sessionMinutes('supervision', size))).toEqual([60, 90, 120, 150])
    expect(sessionMinutes('intervision', 7)).toBe(90)
  })
  it('plans 10 supervision sessions every two weeks on the group weekday, in Dutch local time across summer time', () => {
    const sessions = planSessions('supervision', 3, 'di-middag', new Date('2026-03-01T10:00:00Z'))
    expect(sessions).toHaveLength(10)
    expect(sessions[0]!.startsAt).toBe('2026-03-10T12:30:00.000Z') // winter: 13:30 CET
    expect(sessions[2]!.startsAt).toBe('2026-04-07T11:30:00.000Z') // summer: 13:30 CEST
    expect(sessions.every((s) => s.durationMinutes === 120)).toBe(true)
  })
  it('plans at least four intervision meetings a year', () => {
    const sessions = planSessions('intervision', 6, 'do-avond', new Date('2026-01-01T10:00:00Z'))
    expect(sessions).toHaveLength(4)
    expect(Date.parse(sessions[3]!.startsAt) - Date.parse(sessions[0]!.startsAt)).toBeLessThan(365 * 86_400_000)
  })
  it('converts Dutch wall-clock time to UTC', () => {
    expect(amsterdamToUtc(2026, 7, 1, 19, 0).toISOString()).toBe('2026-07-01T17:00:00.000Z')
  })
})

describe('.ics calendar', () => {
  it('has one event per session with stable ids, escaped text and CRLF lines', () => {
    const ics = groupCalendar({
      groupId: 'g1',
      title: 'Supervisie EMDR, Noord; groep',
      location: 'Online',
      sessions: [
        { startsAt: '2026-03-10T12:30:00.000Z', durationMinutes: 90 },
        { startsAt: '2026-03-24T12:30:00.000Z', durationMinutes: 90 },
      ],
      organizerEmail: 'noreply@drakentemmers.example',
      stampedAt: new Date('2026-03-01T00:00:00Z'),
    })
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(ics).toContain('UID:group-g1-session-2@drakentemmers')
    expect(ics).toContain('DTSTART:20260310T123000Z\r\nDTEND:20260310T140000Z')
    expect(ics).toContain('SUMMARY:Supervisie EMDR\\, Noord\\; groep (1/2)')
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })
})
