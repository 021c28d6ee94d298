import type { Payload } from 'payload'
import { claimPlace, releasePlace } from '../../src/store/places'
import { idOf, requiredIdOf } from '../../src/domain/ids'

export type RecordMatchInput = { requestId: string; memberId: string; offerId?: string; by: string; manual: boolean }
export type RecordMatchOutcome =
  | { outcome: 'matched'; matchId: string }
  | { outcome: 'no-capacity' }
  | { outcome: 'already-matched'; matchId: string; memberId: string }

async function existingMatch(payload: Payload, requestId: string) {
  const found = await payload.find({
    collection: 'matches',
    where: { request: { equals: requestId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0]
}

/**
 * Records the one match of a request, safe against retries, concurrent confirms and
 * a worker dying halfway, without transactions:
 * 1. the therapist's free place is claimed by inserting one place for this request
 *    (src/store/places.ts): unique indexes let a slot and a request take
 *    at most one place, so a retry never takes a second one;
 * 2. the match is created; the unique index on `matches.request` lets only one win.
 *    A loser that claimed a place for another therapist gives it back.
 */
export async function recordMatch(payload: Payload, input: RecordMatchInput): Promise<RecordMatchOutcome> {
  const { requestId, memberId } = input
  const before = await existingMatch(payload, requestId)
  if (before)
    return idOf(before.member) === memberId
      ? { outcome: 'matched', matchId: String(before.id) }
      : {
          outcome: 'already-matched',
          matchId: String(before.id),
          memberId: requiredIdOf(before.member, `match ${before.id} member`),
        }

  const claim = await claimPlace(payload, 'cases', memberId, requestId)
  if (claim !== 'claimed' && claim !== 'already-claimed') return { outcome: 'no-capacity' }

  const request = await payload.findByID({ collection: 'requests', id: requestId, depth: 0, overrideAccess: true })
  const offer = input.offerId
    ? await payload.findByID({ collection: 'offers', id: input.offerId, depth: 0, overrideAccess: true })
    : null
  try {
    const match = await payload.create({
      collection: 'matches',
      data: {
        request: requestId,
        organisation: requiredIdOf(request.organisation, `request ${input.requestId} organisation`),
        member: memberId,
        offer: input.offerId,
        manual: input.manual,
        confirmedAt: new Date().toISOString(),
        confirmedBy: input.by,
        startDate: offer?.counterStart ?? request.wantedStart,
        hoursPerWeek: offer?.counterHours ?? request.hoursPerWeek,
      },
      overrideAccess: true,
      context: { actor: `matching (${input.by})` },
    })
    return { outcome: 'matched', matchId: String(match.id) }
  } catch (error) {
    const raced = await existingMatch(payload, requestId)
    if (!raced) throw error
    if (idOf(raced.member) === memberId) return { outcome: 'matched', matchId: String(raced.id) }
    await releaseClaim(payload, memberId, requestId)
    return {
      outcome: 'already-matched',
      matchId: String(raced.id),
      memberId: requiredIdOf(raced.member, `match ${raced.id} member`),
    }
  }
}

/** Gives a claimed place back (only if this request holds a claim: never twice). */
export async function releaseClaim(payload: Payload, memberId: string, requestId: string): Promise<void> {
  await releasePlace(payload, memberId, requestId)
}
