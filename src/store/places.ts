import type { Payload } from 'payload'
import { modelOf } from './modelOf'
import { idOf } from '../domain/ids'

/**
 * The one owner of places: a therapist's case places and a supervisor's group places.
 *
 * A taken place is a document of its own in `capacity-claims`: `{ owner, slot, key }`, with
 * unique indexes on (owner, slot) and (owner, key). Claiming is inserting the lowest free slot
 * below the capacity; the database refuses a second claim of a slot or of a key, so a race
 * or a retry never takes a place twice, and giving a place back is deleting its document.
 * There is no counter to keep: free places are the capacity minus the places taken.
 *
 * Why not a counter with `$inc`: Payload writes profiles whole (an edit puts old counter
 * values back), and FerretDB 1.24 does not apply concurrent updates of one document
 * atomically (50 concurrent `$inc` of one field left it at 4). An insert that a unique
 * index refuses is atomic on FerretDB and on MongoDB alike.
 *
 * The capacity itself is the profile's statement (`members.capacityCases`,
 * `supervisor-profiles.maxGroups`), which the owner edits like any other field.
 */
export const CLAIMS_COLLECTION = 'capacity-claims' as const

export type PlaceKind = 'cases' | 'groups'

/** What an owner has: `free` is never below 0 nor above `capacity`; `owed` counts places taken beyond it. */
export type Places = {
  ownerId: string
  kind: PlaceKind
  capacity: number
  open: boolean
  free: number
  owed: number
  claims: string[]
}

export type ClaimOutcome = 'claimed' | 'already-claimed' | 'full' | 'closed' | 'missing'

type ClaimDoc = { _id?: unknown; kind: PlaceKind; owner: string; user?: string; slot: number; key: string }

/** How far staff may assign beyond a supervisor's maximum. */
const OVERBOOK_SLOTS = 20

const claimsModel = (payload: Payload) => modelOf<ClaimDoc>(payload, CLAIMS_COLLECTION)

type Profile = { ownerId: string; user?: string; capacity: number; open: boolean }

/** The owner's capacity and whether they take new work, from their profile. */
async function profileOf(payload: Payload, kind: PlaceKind, ownerId: string): Promise<Profile | null> {
  if (kind === 'cases') {
    const member = await payload
      .findByID({
        collection: 'members',
        id: ownerId,
        depth: 0,
        overrideAccess: true,
        select: { capacityCases: true, status: true, user: true },
      })
      .catch(() => null)
    return member
      ? {
          ownerId,
          user: idOf(member.user) ?? undefined,
          capacity: Number(member.capacityCases ?? 0),
          open: member.status === 'active',
        }
      : null
  }
  const profile = await payload
    .findByID({
      collection: 'supervisor-profiles',
      id: ownerId,
      depth: 0,
      overrideAccess: true,
      select: { maxGroups: true, active: true, user: true },
    })
    .catch(() => null)
  return profile
    ? {
        ownerId,
        user: idOf(profile.user) ?? undefined,
        capacity: Number(profile.maxGroups ?? 0),
        open: profile.active !== false,
      }
    : null
}

/** Free and owed places from a capacity and the slots taken. */
export function placesFrom(
  kind: PlaceKind,
  profile: Omit<Profile, 'user'>,
  taken: readonly { slot: number; key: string }[],
): Places {
  const capacity = Math.max(0, profile.capacity)
  return {
    ownerId: profile.ownerId,
    kind,
    capacity,
    open: profile.open,
    free: Math.max(0, capacity - taken.length),
    owed: Math.max(0, taken.length - capacity),
    claims: taken.map((claim) => claim.key),
  }
}

/** The places an owner has taken; one top-level equality. */
async function claimsOf(payload: Payload, ownerId: string): Promise<ClaimDoc[]> {
  return claimsModel(payload).find({ owner: ownerId }).lean<ClaimDoc[]>()
}

const isDuplicate = (error: unknown) => (error as { code?: number })?.code === 11000

/**
 * Takes one place for `key` (a request or group id): the lowest slot below the capacity that
 * no other claim holds. The owner must take new work, unless `overbook` (staff assigning
 * beyond the maximum), which may also use slots above the capacity. Repeating it is harmless.
 */
export async function claimPlace(
  payload: Payload,
  kind: PlaceKind,
  ownerId: string,
  key: string,
  options: { overbook?: boolean } = {},
): Promise<ClaimOutcome> {
  const profile = await profileOf(payload, kind, ownerId)
  if (!profile) return 'missing'
  const claims = claimsModel(payload)
  if (await claims.exists({ owner: ownerId, key })) return 'already-claimed'
  if (!profile.open && !options.overbook) return 'closed'
  const lastSlot = profile.capacity + (options.overbook ? OVERBOOK_SLOTS : 0)
  const taken = new Set((await claimsOf(payload, ownerId)).map((claim) => claim.slot))
  // Slots seen taken are skipped; the insert decides for the rest (another claim may land first).
  for (let slot = 0; slot < lastSlot; slot++) {
    if (taken.has(slot)) continue
    try {
      await claims.create({ kind, owner: ownerId, user: profile.user, slot, key })
      return 'claimed'
    } catch (error) {
      if (!isDuplicate(error)) throw error
      if (await claims.exists({ owner: ownerId, key })) return 'already-claimed'
    }
  }
  return 'full'
}

/** Gives the place `key` holds back; false when it held none (so never twice). */
export async function releasePlace(payload: Payload, ownerId: string, key: string): Promise<boolean> {
  const deleted = await claimsModel(payload).deleteOne({ owner: ownerId, key })
  return deleted.deletedCount === 1
}

export async function placesOf(payload: Payload, kind: PlaceKind, ownerId: string): Promise<Places | null> {
  const profile = await profileOf(payload, kind, ownerId)
  return profile ? placesFrom(kind, profile, await claimsOf(payload, ownerId)) : null
}

/** Places of owners whose capacity the caller already read: one `owner` equality each, not one `$in` scan. */
export async function placesOfMany(
  payload: Payload,
  kind: PlaceKind,
  profiles: readonly Omit<Profile, 'user'>[],
): Promise<Map<string, Places>> {
  const found = await Promise.all(
    profiles.map(async (profile) => placesFrom(kind, profile, await claimsOf(payload, profile.ownerId))),
  )
  return new Map(found.map((places) => [places.ownerId, places]))
}

/** Every place taken of one kind, by owner: one top-level equality. */
export async function claimsOfKind(
  payload: Payload,
  kind: PlaceKind,
): Promise<Map<string, { slot: number; key: string }[]>> {
  const docs = await claimsModel(payload).find({ kind }).lean<ClaimDoc[]>()
  const byOwner = new Map<string, { slot: number; key: string }[]>()
  for (const doc of docs)
    byOwner.set(String(doc.owner), [...(byOwner.get(String(doc.owner)) ?? []), { slot: doc.slot, key: doc.key }])
  return byOwner
}

/**
 * Records places taken before this collection existed (the claim lists older versions kept on
 * the profile). Inserting what exists already is refused by the indexes, so repeating is harmless.
 */
export async function adoptClaims(
  payload: Payload,
  kind: PlaceKind,
  owner: { ownerId: string; user: string },
  keys: readonly string[],
): Promise<number> {
  let adopted = 0
  for (const key of keys) {
    if (await claimsModel(payload).exists({ owner: owner.ownerId, key })) continue
    const taken = new Set((await claimsOf(payload, owner.ownerId)).map((claim) => claim.slot))
    let slot = 0
    while (taken.has(slot)) slot++
    try {
      await claimsModel(payload).create({ kind, owner: owner.ownerId, user: owner.user, slot, key })
      adopted++
    } catch (error) {
      if (!isDuplicate(error)) throw error
    }
  }
  return adopted
}

export type FitOutcome = { ok: true } | { ok: false; taken: number }

/**
 * Prepares a lower capacity: refused while more places are taken than it allows; otherwise
 * every place held in a slot at or above it moves to a free slot below it. `claimPlace` only
 * inserts below the capacity, so with all slots below it no claim can take a place beyond it.
 * Each move is one conditional update that the (owner, slot) index guards, so a claim landing
 * meanwhile only makes the move try the next slot. Call it before the profile is written.
 */
export async function fitPlacesTo(payload: Payload, ownerId: string, capacity: number): Promise<FitOutcome> {
  const taken = await claimsOf(payload, ownerId)
  if (taken.length > capacity) return { ok: false, taken: taken.length }
  const used = new Set(taken.map((claim) => claim.slot))
  for (const claim of taken.filter((one) => one.slot >= capacity)) {
    let moved = false
    for (let slot = 0; slot < capacity && !moved; slot++) {
      if (used.has(slot)) continue
      used.add(slot)
      try {
        // No match means the place was given back meanwhile: nothing left to move.
        await claimsModel(payload).updateOne({ _id: claim._id, slot: claim.slot }, { $set: { slot } })
        moved = true
      } catch (error) {
        if (!isDuplicate(error)) throw error
      }
    }
    if (!moved) return { ok: false, taken: (await claimsOf(payload, ownerId)).length }
  }
  return { ok: true }
}
