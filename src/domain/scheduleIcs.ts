import type { PlannedSession } from './schedule'

/** An iCalendar file (RFC 5545) with one event per session, for the mail to a group. */
export type IcsInput = {
  groupId: string
  title: string
  location: string
  sessions: readonly PlannedSession[]
  organizerEmail: string
  stampedAt: Date
}

const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** Escapes text values (commas, semicolons, backslashes, newlines). */
const escapeText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Lines longer than 75 octets are folded with CRLF + space. */
function fold(line: string): string {
  const chunks: string[] = []
  let rest = line
  while (Buffer.byteLength(rest, 'utf8') > 75) {
    let cut = 75
    while (Buffer.byteLength(rest.slice(0, cut), 'utf8') > 75) cut--
    chunks.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  chunks.push(rest)
  return chunks.join('\r\n ')
}

export function groupCalendar({ groupId, title, location, sessions, organizerEmail, stampedAt }: IcsInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Drakentemmers//Groepen//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ]
  sessions.forEach((session, index) => {
    const start = new Date(session.startsAt)
    const end = new Date(start.getTime() + session.durationMinutes * 60_000)
    lines.push(
      'BEGIN:VEVENT',
      // Stable per group and session, so a calendar updates instead of duplicating.
      `UID:group-${groupId}-session-${index + 1}@drakentemmers`,
      `DTSTAMP:${utcStamp(stampedAt)}`,
      `DTSTART:${utcStamp(start)}`,
      `DTEND:${utcStamp(end)}`,
      `SUMMARY:${escapeText(`${title} (${index + 1}/${sessions.length})`)}`,
      `LOCATION:${escapeText(location)}`,
      `ORGANIZER:mailto:${organizerEmail}`,
      'END:VEVENT',
    )
  })
  lines.push('END:VCALENDAR')
  return `${lines.map(fold).join('\r\n')}\r\n`
}
