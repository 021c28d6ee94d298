import type { Payload } from 'payload'

/** The therapist profile of a user account, or null (staff and trainers often have none). */
export async function memberIdOf(payload: Payload, userId: string | number): Promise<string | null> {
  const found = await payload.find({ collection: 'members', where: { user: { equals: userId } }, limit: 1, depth: 0, select: {}, overrideAccess: true })
  return found.docs[0] ? String(found.docs[0].id) : null
}
