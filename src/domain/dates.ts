/**
 * Every date and time people read (portal pages on server and client, mails) is formatted
 * here, in Dutch local time. Without an explicit zone the server (UTC) and a Dutch browser
 * disagree: "vóór 3 december 23:30" on the page beside "vóór 4 december 00:30" in the mail,
 * and React reports a hydration mismatch.
 */
export const TIME_ZONE = 'Europe/Amsterdam'

export type ReadingLanguage = 'nl' | 'en'
const LOCALES: Record<ReadingLanguage, string> = { nl: 'nl-NL', en: 'en-GB' }

type Options = { withTime?: boolean; style?: 'long' | 'medium' }

/** "3 maart 2025" or "3 maart 2025 om 14:30" in Amsterdam time; empty for a missing or invalid value. */
export function formatMoment(
  value: string | Date | null | undefined,
  language: ReadingLanguage = 'nl',
  { withTime = false, style = 'long' }: Options = {},
): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    dateStyle: style,
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date)
}
