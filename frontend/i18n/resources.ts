import type { Resource } from 'i18next'
import en from './locales/en.json' with { type: 'json' }
import nl from './locales/nl.json' with { type: 'json' }

/** One namespace ("translation") per language; both files share the same keys. */
export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} satisfies Resource
