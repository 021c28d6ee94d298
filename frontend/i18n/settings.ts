/** Languages of the portal: Dutch first, English for colleagues who prefer it. */
export const LANGUAGES = ['nl', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'nl'
export const LANGUAGE_COOKIE = 'lang'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** An explicit choice (cookie) wins over the account's preference; Dutch otherwise. */
export function pickLanguage(cookieValue: unknown, userLanguage: unknown): Language {
  if (isLanguage(cookieValue)) return cookieValue
  if (isLanguage(userLanguage)) return userLanguage
  return DEFAULT_LANGUAGE
}
