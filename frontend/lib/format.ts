import type { Language } from '../i18n/settings'

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' }

/** A date as people read it here: "3 maart 2025". Empty for missing values. */
export function formatDate(value: string | null | undefined, language: Language, withTime = false): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date)
}

/** The label of a value from a `{ value: { nl, en } }` option list, or the value itself. */
export function labelOf(
  list: Record<string, { nl: string; en: string }>,
  value: string | null | undefined,
  language: Language,
): string {
  if (!value) return ''
  return list[value]?.[language] ?? value
}

/** The name of a populated relationship, or nothing when access kept it an id. */
export function nameOf(value: unknown, key = 'name'): string | null {
  if (value && typeof value === 'object' && key in value) return String((value as Record<string, unknown>)[key])
  return null
}
