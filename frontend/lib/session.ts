import { headers } from 'next/headers'
import { cache } from 'react'
import type { User } from '../../cms/payload-types'
import { getPayloadClient } from './payload'

/** The logged-in user of this request (Payload's cookie or API key), once per request. */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  // Headers first: they make the page dynamic, so `next build` does not prerender it and never
  // connects to the database (it did for /wachtwoord-vergeten, and the image build failed).
  const requestHeaders = await headers()
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return user && user.collection === 'users' ? (user as User) : null
})
