'use server'
import { cookies } from 'next/headers'
import { getPayloadClient } from '../lib/payload'
import { getCurrentUser } from '../lib/session'
import { LANGUAGE_COOKIE, isLanguage } from './settings'

/**
 * The language switch in the header: a cookie for everyone, and for a logged-in
 * user also their account preference, so mails and the next device follow.
 */
export async function setLanguage(formData: FormData) {
  const language = formData.get('lang')
  if (!isLanguage(language)) return
  const jar = await cookies()
  const cookie = { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' } as const
  jar.set(LANGUAGE_COOKIE, language, cookie)
  // Payload's admin reads its own cookie first: switch the admin panel along with the portal.
  jar.set('payload-lng', language, cookie)
  const user = await getCurrentUser()
  if (user && user.language !== language) {
    const payload = await getPayloadClient()
    await payload
      .update({ collection: 'users', id: user.id, data: { language }, overrideAccess: false, user })
      .catch(() => undefined)
  }
}
