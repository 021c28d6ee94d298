import { setLanguage } from '../i18n/actions'
import type { Language } from '../i18n/settings'

const NAMES: Record<Language, { label: string; lang: Language }> = {
  nl: { label: 'Nederlands', lang: 'nl' },
  en: { label: 'English', lang: 'en' },
}

/**
 * Switches language through a server action: works without JavaScript, and the
 * page re-renders in the new language right away. The button says the language's own name
 * (its accessible name is what it shows).
 */
export function LanguageSwitch({ current, label }: { current: Language; label: string }) {
  const other: Language = current === 'nl' ? 'en' : 'nl'
  return (
    <form action={setLanguage} className="language-switch">
      <button type="submit" name="lang" value={other} className="btn btn--quiet" lang={other} title={label}>
        {NAMES[other].label}
      </button>
    </form>
  )
}
