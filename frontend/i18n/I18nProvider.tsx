'use client'
import { type ReactNode, useMemo } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { RouterProvider } from 'react-aria-components'
import { useRouter } from 'next/navigation'
import { createI18n } from './createI18n'
import type { Language } from './settings'

/**
 * Gives client components `useTranslation()` in the language the server chose,
 * and lets react-aria links navigate with the Next.js router.
 */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(language, [initReactI18next]), [language])
  const router = useRouter()
  return (
    <I18nextProvider i18n={i18n}>
      <RouterProvider navigate={router.push}>{children}</RouterProvider>
    </I18nextProvider>
  )
}
