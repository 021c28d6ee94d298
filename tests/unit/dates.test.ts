import { describe, expect, it } from '@jest/globals'
import { formatDate } from '../../frontend/lib/format'
import { formatMoment } from '../../src/domain/dates'
import { formatDateNl } from '../../workflows/matching/requestText'

// 23:30 UTC on 3 December is already 4 December in the Netherlands (winter time, UTC+1).
const lateEvening = '2026-12-03T23:30:00.000Z'

describe('dates people read are in Amsterdam time, the same on page and in mail', () => {
  it('a deadline late in the evening UTC shows the Dutch date and time', () => {
    expect(formatDate(lateEvening, 'nl', true)).toBe('4 december 2026 om 00:30')
    expect(formatDate(lateEvening, 'nl')).toBe('4 december 2026')
    expect(formatDate(lateEvening, 'en', true)).toBe('4 December 2026 at 00:30')
  })

  it('the page and the mail say the same', () => {
    expect(formatDateNl(lateEvening, true)).toBe(formatDate(lateEvening, 'nl', true))
    expect(formatDateNl(lateEvening)).toBe(formatDate(lateEvening, 'nl'))
  })

  it('summer time is UTC+2', () => {
    expect(formatMoment('2026-07-01T22:15:00.000Z', 'nl', { withTime: true })).toBe('2 juli 2026 om 00:15')
    expect(formatMoment('2026-07-01T22:15:00.000Z', 'nl', { withTime: true, style: 'medium' })).toBe(
      '2 jul 2026, 00:15',
    )
  })

  it('missing or invalid values show nothing', () => {
    expect(formatMoment(null)).toBe('')
    expect(formatMoment('geen datum')).toBe('')
  })
})
