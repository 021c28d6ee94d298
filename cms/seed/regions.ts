import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { type Counts, SEED_CONTEXT, inChunks, insertMissing } from './upsert'

type RegionSource = { slug: string; centrumgemeente: string; seedName?: string; founding: boolean }

/** Every region aims at 9 therapists: 35 × 9 ≈ the 300 of domain.md. */
export const TARGET_THERAPISTS = 9

/** Prefer the committed copy (the repo stands alone); fall back to the shared original. */
export function loadRegions(): RegionSource[] {
  const candidates = [
    fileURLToPath(new URL('./data/regions.json', import.meta.url)),
    path.resolve(process.cwd(), '../shared/data/regions.json'),
  ]
  const file = candidates.find((candidate) => existsSync(candidate))
  if (!file) throw new Error(`Seed: regions.json niet gevonden (gezocht: ${candidates.join(', ')})`)
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { regions: RegionSource[] }
  return parsed.regions
}

/**
 * Neighbouring GHNT regions by land (or a main road across water, e.g. Almere–Amsterdam),
 * written one way and made symmetric below. Used to widen a search when a region has
 * no free therapist.
 */
const ADJACENT: Record<string, string[]> = {
  alkmaar: ['den-helder', 'zaanstad', 'haarlem'],
  'den-helder': ['leeuwarden'],
  zaanstad: ['haarlem', 'amsterdam'],
  haarlem: ['amsterdam', 'leiden'],
  amsterdam: ['almere', 'hilversum', 'utrecht', 'leiden'],
  almere: ['hilversum', 'amersfoort', 'apeldoorn', 'zwolle', 'leeuwarden'],
  hilversum: ['utrecht', 'amersfoort'],
  amersfoort: ['utrecht', 'ede', 'apeldoorn'],
  utrecht: ['ede', 'gouda', 'leiden', 'dordrecht', 'den-bosch'],
  ede: ['arnhem', 'apeldoorn', 'nijmegen'],
  apeldoorn: ['arnhem', 'zwolle', 'enschede'],
  arnhem: ['nijmegen', 'enschede'],
  nijmegen: ['den-bosch', 'venlo'],
  zwolle: ['enschede', 'emmen', 'leeuwarden'],
  enschede: ['emmen'],
  emmen: ['groningen', 'leeuwarden'],
  groningen: ['leeuwarden'],
  leiden: ['den-haag', 'gouda'],
  'den-haag': ['delft', 'gouda', 'rotterdam'],
  delft: ['rotterdam', 'vlaardingen'],
  vlaardingen: ['rotterdam'],
  rotterdam: ['gouda', 'dordrecht', 'nissewaard'],
  nissewaard: ['dordrecht', 'breda', 'vlissingen'],
  dordrecht: ['gouda', 'breda', 'den-bosch'],
  breda: ['tilburg', 'vlissingen'],
  tilburg: ['den-bosch', 'eindhoven'],
  'den-bosch': ['eindhoven', 'helmond'],
  eindhoven: ['helmond', 'venlo'],
  helmond: ['venlo'],
  venlo: ['heerlen', 'maastricht'],
  heerlen: ['maastricht'],
}

/** The adjacency map made symmetric and sorted: slug → neighbouring slugs. */
export function neighbourMap(slugs: readonly string[]): Map<string, string[]> {
  const known = new Set(slugs)
  const map = new Map(slugs.map((slug) => [slug, new Set<string>()]))
  for (const [slug, others] of Object.entries(ADJACENT)) {
    for (const other of others) {
      if (!known.has(slug) || !known.has(other))
        throw new Error(`Seed: onbekende regio in buurkaart: ${slug} / ${other}`)
      map.get(slug)!.add(other)
      map.get(other)!.add(slug)
    }
  }
  return new Map([...map].map(([slug, set]) => [slug, [...set].sort()]))
}

/** Two passes: the missing regions first, then their neighbours (which need the ids). */
export async function seedRegions(
  payload: Payload,
): Promise<{ ids: Map<string, string>; neighbours: Map<string, string[]>; counts: Counts }> {
  const regions = loadRegions()
  const rows = regions.map((region) => ({
    slug: region.slug,
    name: region.seedName ?? region.centrumgemeente,
    centrumgemeente: region.centrumgemeente,
    founding: region.founding,
    targetTherapists: TARGET_THERAPISTS,
  }))
  const { ids, counts, createdKeys } = await insertMissing(payload, 'regions', rows, { key: 'slug' })
  const neighbours = neighbourMap(regions.map((region) => region.slug))

  // Neighbours need the ids, so regions created in this run get them in a second write.
  const created = createdKeys.size
    ? (
        await payload.find({
          collection: 'regions',
          where: { slug: { in: [...createdKeys] } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    : []
  await inChunks(created, 6, (doc) =>
    payload.update({
      collection: 'regions',
      id: doc.id,
      data: { neighbours: (neighbours.get(doc.slug) ?? []).map((slug) => ids.get(slug)!) },
      depth: 0,
      overrideAccess: true,
      context: SEED_CONTEXT,
    }),
  )
  return { ids, neighbours, counts }
}
