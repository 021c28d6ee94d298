import type { CollectionSlug, Payload } from 'payload'

/** Seed writes skip the audit log: thousands of "created by systeem" rows help nobody. */
export const SEED_CONTEXT = { skipAudit: true, seed: true } as const

export type Counts = { created: number; unchanged: number }
export type Row = Record<string, unknown>

/** Runs `work` over `items` a few at a time: fast, without flooding a SQLite-backed FerretDB. */
export async function inChunks<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(work))))
  }
  return results
}

type InsertOptions = {
  /** The natural key (slug, email, registrationNumber, number). */
  key: string
  chunk?: number
}

/**
 * Creates what is missing, found by a natural key, and leaves every document that exists
 * as it is: once the seed wrote a document it belongs to the people and workflows that
 * use it, so a restart never undoes a change they made (nor a place a match took).
 * One find for the whole batch keeps a re-seed to a single query per collection.
 * Returns the ids by key for the relations that follow.
 */
export async function insertMissing(
  payload: Payload,
  collection: CollectionSlug,
  rows: readonly Row[],
  { key, chunk = 6 }: InsertOptions,
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
  const counts: Counts = { created: 0, unchanged: 0 }
  const createdKeys = new Set<string>()

  await inChunks(rows, chunk, async (row) => {
    const naturalKey = String(row[key])
    const stored = byKey.get(naturalKey)
    if (stored) {
      ids.set(naturalKey, String(stored.id))
      counts.unchanged++
      return
    }
    const doc = await payload.create({
      collection,
      data: row as never,
      depth: 0,
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
    ids.set(naturalKey, String(doc.id))
    createdKeys.add(naturalKey)
    counts.created++
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
