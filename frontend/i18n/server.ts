import { cookies } from 'next/headers'
import { cache } from 'react'
import { getCurrentUser } from '../lib/session'
import { createI18n } from './createI18n'
import { LANGUAGE_COOKIE, type Language, pickLanguage } from './settings'

/** The language of this request: the `lang` cookie, else the account's preference, else Dutch. */
export const getLanguage = cache(async (): Promise<Language> => {
  const cookieValue = (await cookies()).get(LANGUAGE_COOKIE)?.value
  const user = await getCurrentUser()
  return pickLanguage(cookieValue, user?.language)
})

const instances = new Map<Language, ReturnType<typeof createI18n>>()

/** `t` for server components, from one cached i18next instance per language. */
export async function getT() {
  const language = await getLanguage()
  let instance = instances.get(language)
  if (!instance) {
    instance = createI18n(language)
    instances.set(language, instance)
  }
  return { t: instance.t.bind(instance), language }
}

/** What `getT` gives a server component (`t` and the language), for the components it hands them to. */
export type ServerTranslation = Awaited<ReturnType<typeof getT>>
