import type { Payload } from 'payload'
import { modelOf } from './modelOf'

/**
 * The one owner of "certified for": which methods a therapist holds a certificate for, the
 * list matching scores.
 *
 * One document per (member, method) in `method-certifications`, unique on the pair. Adding is
 * an insert (a second insert of the pair is refused, so a retry or two certifications at once
 * add it once), removing is a delete. It used to be a list on the member profile, changed by
 * read-modify-write through Payload: a profile edit at the same moment wrote the old list back,
 * and two certifications at once kept only one. Payload writes profiles whole and FerretDB 1.24
 * does not apply concurrent updates of one document atomically, so the list cannot live there
 * (the same reason as the places in places.ts).
 */
export const CERTIFIED_METHODS_COLLECTION = 'method-certifications' as const

type CertifiedDoc = { member: string; method: string; user?: string }

const model = (payload: Payload) => modelOf<CertifiedDoc>(payload, CERTIFIED_METHODS_COLLECTION)

const isDuplicate = (error: unknown) => (error as { code?: number })?.code === 11000

/** Adds `methodId` to the member's certified methods; false when it was there already. */
export async function addCertifiedMethod(
  payload: Payload,
  member: { memberId: string; user?: string | null },
  methodId: string,
): Promise<boolean> {
  try {
    await model(payload).create({
      member: member.memberId,
      method: methodId,
      ...(member.user ? { user: member.user } : {}),
    })
    return true
  } catch (error) {
    if (isDuplicate(error)) return false
    throw error
  }
}

/** Removes `methodId` from the member's certified methods; false when it was not there. */
export async function removeCertifiedMethod(payload: Payload, memberId: string, methodId: string): Promise<boolean> {
  const deleted = await model(payload).deleteOne({ member: memberId, method: methodId })
  return deleted.deletedCount === 1
}

/** The methods a member is certified for: one top-level equality. */
export async function certifiedMethodsOf(payload: Payload, memberId: string): Promise<string[]> {
  const docs = await model(payload).find({ member: memberId }, { method: 1 }).lean<CertifiedDoc[]>()
  return docs.map((doc) => String(doc.method)).sort()
}

/** The certified methods of many members: one `member` equality each, not one `$in` scan. */
export async function certifiedMethodsOfMany(
  payload: Payload,
  memberIds: readonly string[],
): Promise<Map<string, string[]>> {
  const found = await Promise.all(
    memberIds.map(async (memberId) => [memberId, await certifiedMethodsOf(payload, memberId)] as const),
  )
  return new Map(found)
}
