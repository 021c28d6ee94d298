import { ENGLISH_MESSAGES, TERMS } from './englishMessages'
import type { Language } from './settings'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The messages with parts, as patterns: `{0}` matches any text, the rest literally. */
const PATTERNS = Object.entries(ENGLISH_MESSAGES)
  .filter(([dutch]) => /\{\d\}/.test(dutch))
  .map(([dutch, english]) => {
    const order: number[] = []
    const source = escape(dutch).replace(/\\\{(\d)\\\}/g, (_, n: string) => {
      order.push(Number(n))
      return '(.+?)'
    })
    return { pattern: new RegExp(`^${source}$`, 'u'), order, english, literal: dutch.replace(/\{\d\}/g, '').length }
  })
  // The most specific first: "{0} moet tekst zijn." before "{0} moet {1} zijn."
  .sort((a, b) => b.literal - a.literal)

/** A part of a message: a known Dutch term, a list of them ("… en …"), or a Dutch number. */
function partInEnglish(part: string): string {
  if (TERMS[part]) return TERMS[part]
  const listed = part.split(' en ')
  if (listed.length > 1 && listed.every((item) => TERMS[item])) return listed.map((item) => TERMS[item]).join(' and ')
  if (/^\d{1,3}(\.\d{3})+$/.test(part)) return part.replace(/\./g, ',')
  return part
}

/** English for a Dutch message of ours, or null when the catalogue does not know it. */
export function toEnglish(message: string): string | null {
  const exact = ENGLISH_MESSAGES[message]
  if (exact) return exact
  for (const { pattern, order, english } of PATTERNS) {
    const match = pattern.exec(message)
    if (!match) continue
    const parts: string[] = []
    order.forEach((n, i) => (parts[n] = partInEnglish(match[i + 1]!)))
    return english.replace(/\{(\d)\}/g, (_, n: string) => parts[Number(n)] ?? '')
  }
  return null
}

/**
 * A message from the server (always Dutch) in the reader's language. One we do not know stays
 * Dutch: better a Dutch sentence that says what to do than nothing.
 */
export const messageInLanguage = (message: string, language: string): string =>
  (language as Language) === 'en' ? (toEnglish(message) ?? message) : message

/** Field errors (`{ field: message }`) in the reader's language. */
export const errorsInLanguage = (errors: Record<string, string>, language: string): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, messageInLanguage(message, language)]))
