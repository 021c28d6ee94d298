import type { Payload } from 'payload'

export type ProfileReferences = {
  homeRegion: string
  regionsServed: string[]
  methods: string[]
  themes: string[]
  targetGroups: string[]
}

const unique = <T>(values: T[]) => [...new Set(values)]

/** Region and expertise ids must exist, so a crafted sign-up or profile cannot link to nothing. */
export async function unknownReferences(
  payload: Payload,
  input: ProfileReferences,
): Promise<Record<string, string> | null> {
  const regionIds = unique([input.homeRegion, ...input.regionsServed])
  const expertiseIds = unique([...input.methods, ...input.themes, ...input.targetGroups])
  const [regions, expertise] = await Promise.all([
    payload.count({ collection: 'regions', where: { id: { in: regionIds } }, overrideAccess: true }),
    expertiseIds.length
      ? payload.count({ collection: 'expertise', where: { id: { in: expertiseIds } }, overrideAccess: true })
      : Promise.resolve({ totalDocs: 0 }),
  ]).catch(() => [{ totalDocs: -1 }, { totalDocs: -1 }])
  if (regions.totalDocs !== regionIds.length) return { homeRegion: 'Kies een bestaande regio.' }
  if (expertise.totalDocs !== expertiseIds.length) return { methods: 'Kies expertise uit de lijst.' }
  return null
}
