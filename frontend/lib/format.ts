import { formatMoment } from '../../src/domain/dates'
import type { Language } from '../i18n/settings'

/** A date as people read it here: "3 maart 2025", in Amsterdam time. Empty for missing values. */
export const formatDate = (value: string | null | undefined, language: Language, withTime = false): string =>
  formatMoment(value, language, { withTime })

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
