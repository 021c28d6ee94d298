import type { Model } from 'mongoose'
import type { Payload } from 'payload'
import { adoptClaims } from '../../src/store/places'

type Legacy = { _id: unknown; user?: unknown; matchClaims?: string[]; claimedGroups?: string[] }

const rawModel = (payload: Payload, slug: string) =>
  (payload.db as unknown as { collections: Record<string, Model<Legacy>> }).collections[slug]!

/**
 * Profiles from before `capacity-claims` kept their taken places as a list on the profile
 * (`matchClaims` with `freeCases`, `claimedGroups` with `activeGroups`). Each listed claim becomes
 * a taken place; then the old fields are removed, so nothing reads or writes them again.
 * The old counters are not carried over: whole-profile writes had made them unreliable.
 * Returns how many places were adopted.
 */
export async function backfillPlaces(payload: Payload): Promise<number> {
  let adopted = 0
  const sources = [
    { slug: 'members', kind: 'cases', list: 'matchClaims', counter: 'freeCases' },
    { slug: 'supervisor-profiles', kind: 'groups', list: 'claimedGroups', counter: 'activeGroups' },
  ] as const
  for (const source of sources) {
    const model = rawModel(payload, source.slug)
    // A scan (FerretDB pushes no `$exists` down), once per start; after the first it finds nothing.
    const legacy = await model
      .find(
        { $or: [{ [source.list]: { $exists: true } }, { [source.counter]: { $exists: true } }] },
        { user: 1, [source.list]: 1 },
      )
      .lean<Legacy[]>()
    for (const profile of legacy) {
      const keys = ((profile[source.list] ?? []) as string[]).map(String)
      adopted += await adoptClaims(
        payload,
        source.kind,
        { ownerId: String(profile._id), user: String(profile.user) },
        keys,
      )
      await model.updateOne(
        { _id: profile._id },
        { $unset: { [source.list]: '', [source.counter]: '' } },
        { strict: false },
      )
    }
  }
  return adopted
}
