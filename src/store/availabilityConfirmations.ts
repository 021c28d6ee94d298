import type { Payload } from 'payload'
import { modelOf } from './modelOf'

/**
 * The one owner of "last confirmed capacity and availability": one document per member in
 * `availability-confirmations`, unique on the member, set by an atomic upsert. Not a field on
 * the member profile: Payload writes profiles whole, so a profile edit at the moment of a
 * confirmation would write the old date back (the rule places.ts and certifiedMethods.ts follow).
 */
export const AVAILABILITY_CONFIRMATIONS_COLLECTION = 'availability-confirmations' as const

type ConfirmationDoc = { member: string; confirmedAt: Date; user?: string; usedLinks?: number[] }

const model = (payload: Payload) => modelOf<ConfirmationDoc>(payload, AVAILABILITY_CONFIRMATIONS_COLLECTION)

/** Records a confirmation at `at`; a later date is never replaced by an earlier one. */
export async function confirmAvailability(
  payload: Payload,
  member: { memberId: string; user?: string | null },
  at: Date,
): Promise<void> {
  const now = new Date()
  // Conditional update first (only when newer), the upsert only for a member's first confirmation;
  // a duplicate key on that insert means another confirmation created it meanwhile.
  const updated = await model(payload).updateOne(
    { member: member.memberId, confirmedAt: { $lt: at } },
    { $set: { confirmedAt: at, updatedAt: now } },
  )
  if (updated.matchedCount === 1) return
  const existing = await model(payload).findOne({ member: member.memberId }, { _id: 1 }).lean()
  if (existing) return
  try {
    await model(payload).create({
      member: member.memberId,
      confirmedAt: at,
      ...(member.user ? { user: member.user } : {}),
    })
  } catch (error) {
    if ((error as { code?: number })?.code !== 11000) throw error
    await confirmAvailability(payload, member, at)
  }
}

/** When the member last confirmed, as an ISO string; null when never. One equality. */
export async function availabilityConfirmedAt(payload: Payload, memberId: string): Promise<string | null> {
  const doc = await model(payload).findOne({ member: memberId }, { confirmedAt: 1 }).lean<ConfirmationDoc>()
  return doc?.confirmedAt ? new Date(doc.confirmedAt).toISOString() : null
}

/** The last confirmations of many members: one `member` equality each, not one `$in` scan. */
export async function availabilityConfirmedAtOfMany(
  payload: Payload,
  memberIds: readonly string[],
): Promise<Map<string, string | null>> {
  const found = await Promise.all(
    memberIds.map(async (memberId) => [memberId, await availabilityConfirmedAt(payload, memberId)] as const),
  )
  return new Map(found)
}

export type LinkConfirmation = 'confirmed' | 'already-used'

/**
 * Confirms through a mailed link (issued at `issuedAt`): once per link. The link's moment goes
 * into `usedLinks` in the same conditional update that sets the date, so two clicks at once
 * confirm once and a second click is told the link was used.
 */
export async function confirmAvailabilityByLink(
  payload: Payload,
  memberId: string,
  issuedAt: Date,
  at: Date,
): Promise<LinkConfirmation> {
  const link = issuedAt.getTime()
  const updated = await model(payload).updateOne(
    { member: memberId, usedLinks: { $ne: link } },
    { $set: { confirmedAt: at, updatedAt: new Date() }, $push: { usedLinks: link } },
  )
  if (updated.matchedCount === 1) return 'confirmed'
  const existing = await model(payload).findOne({ member: memberId }, { _id: 1 }).lean()
  if (existing) return 'already-used'
  try {
    await model(payload).create({ member: memberId, confirmedAt: at, usedLinks: [link] })
    return 'confirmed'
  } catch (error) {
    if ((error as { code?: number })?.code !== 11000) throw error
    return confirmAvailabilityByLink(payload, memberId, issuedAt, at)
  }
}
