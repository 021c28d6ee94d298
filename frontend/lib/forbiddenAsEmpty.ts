import { Forbidden } from 'payload'

/**
 * Payload throws Forbidden when a read rule returns false (e.g. a therapist
 * without a profile yet). For a list page that simply means "nothing for you".
 */
export async function forbiddenAsEmpty<T>(query: Promise<T>): Promise<T | null> {
  try {
    return await query
  } catch (error) {
    if (error instanceof Forbidden || (error as { status?: number })?.status === 403) return null
    throw error
  }
}
