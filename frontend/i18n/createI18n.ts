import { createInstance, type i18n as I18n } from 'i18next'
import { resources } from './resources'
import { DEFAULT_LANGUAGE, type Language } from './settings'

/**
 * A synchronously initialised i18next instance. Resources are bundled, so no
 * backend and no async init: server components can translate straight away.
 */
export function createI18n(language: Language, plugins: Parameters<I18n['use']>[0][] = []): I18n {
  const instance = createInstance()
  for (const plugin of plugins) instance.use(plugin)
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    showSupportNotice: false, // keeps the server log and test output clean
  })
  return instance
}
