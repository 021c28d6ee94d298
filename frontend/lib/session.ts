import { headers } from 'next/headers'
import { cache } from 'react'
import type { User } from '../../cms/payload-types'
import { getPayloadClient } from './payload'

/** The logged-in user of this request (Payload's cookie or API key), once per request. */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' ? (user as User) : null
})
