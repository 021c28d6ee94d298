import type { CollectionSlug, Payload } from 'payload'

/** Seed writes skip the audit log: thousands of "created by systeem" rows help nobody. */
export const SEED_CONTEXT = { skipAudit: true, seed: true } as const

export type Counts = { created: number; updated: number; unchanged: number }
export type Row = Record<string, unknown>

/**
 * True when every value we want is already there. Extra keys on the stored side
 * (ids of array rows, timestamps, hash) are ignored, so a re-seed is a no-op.
 */
export function contains(stored: unknown, wanted: unknown): boolean {
  if (wanted === undefined) return true
  if (wanted === null) return stored === null || stored === undefined
  if (Array.isArray(wanted)) {
    return Array.isArray(stored) && stored.length === wanted.length && wanted.every((item, i) => contains(stored[i], item))
  }
  if (typeof wanted === 'object') {
    if (!stored || typeof stored !== 'object') return false
    return Object.entries(wanted as Row).every(([key, value]) => contains((stored as Row)[key], value))
  }
  return stored === wanted
}

/** Runs `work` over `items` a few at a time: fast, without flooding a SQLite-backed FerretDB. */
export async function inChunks<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(work))))
  }
  return results
}

type UpsertOptions = {
  /** The natural key (slug, email, registrationNumber, number). */
  key: string
  /** Fields written on create only, e.g. a password we must not reset on re-seed. */
  createOnly?: readonly string[]
  chunk?: number
}

/**
 * Creates what is missing and updates only the fields that differ, keyed by a natural
 * key; one find for the whole batch keeps a re-seed to a single query per collection.
 * Returns the ids by key for the relations that follow.
 */
export async function upsertMany(
  payload: Payload,
  collection: CollectionSlug,
  rows: readonly Row[],
  { key, createOnly = [], chunk = 6 }: UpsertOptions,
): Promise<{ ids: Map<string, string>; counts: Counts; createdKeys: Set<string> }> {
  const keys = rows.map((row) => String(row[key]))
  const existing = await payload.find({
    collection,
    where: { [key]: { in: keys } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byKey = new Map((existing.docs as unknown as Row[]).map((doc) => [String(doc[key]), doc]))
  const ids = new Map<string, string>()
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 }
  const createdKeys = new Set<string>()

  await inChunks(rows, chunk, async (row) => {
    const naturalKey = String(row[key])
    const stored = byKey.get(naturalKey)
    if (!stored) {
      const doc = await payload.create({ collection, data: row as never, depth: 0, overrideAccess: true, context: SEED_CONTEXT })
      ids.set(naturalKey, String(doc.id))
      createdKeys.add(naturalKey)
      counts.created++
      return
    }
    ids.set(naturalKey, String(stored.id))
    const changed = Object.fromEntries(
      Object.entries(row).filter(([field, value]) => !createOnly.includes(field) && !contains(stored[field], value)),
    )
    if (Object.keys(changed).length === 0) {
      counts.unchanged++
      return
    }
    await payload.update({ collection, id: String(stored.id), data: changed as never, depth: 0, overrideAccess: true, context: SEED_CONTEXT })
    counts.updated++
  })
  return { ids, counts, createdKeys }
}

/** Looks up ids by natural key and fails loudly on a typo in the seed data. */
export function idsOf(ids: Map<string, string>, keys: readonly string[], what: string): string[] {
  return keys.map((k) => {
    const id = ids.get(k)
    if (!id) throw new Error(`Seed: onbekende ${what} "${k}"`)
    return id
  })
}
