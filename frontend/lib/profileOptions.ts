import type { Payload } from 'payload'
import type { Choice } from '../components/Select'

export type ProfileOptions = { regions: Choice[]; methods: Choice[]; themes: Choice[]; targetGroups: Choice[] }

/** Regions and expertise from Payload, so sign-up and "Mijn profiel" offer exactly what the CMS holds. */
export async function loadProfileOptions(payload: Payload): Promise<ProfileOptions> {
  const [regions, expertise] = await Promise.all([
    payload.find({
      collection: 'regions',
      pagination: false,
      depth: 0,
      sort: 'name',
      select: { name: true },
      overrideAccess: false,
    }),
    payload.find({
      collection: 'expertise',
      pagination: false,
      depth: 0,
      sort: 'name',
      select: { name: true, kind: true, ageRange: true },
      overrideAccess: false,
    }),
  ])
  const ofKind = (...kinds: string[]) =>
    expertise.docs
      .filter((doc) => kinds.includes(doc.kind))
      .map((doc) => ({ id: String(doc.id), label: doc.ageRange ? `${doc.name} (${doc.ageRange})` : doc.name }))
  return {
    regions: regions.docs.map((doc) => ({ id: String(doc.id), label: doc.name })),
    methods: ofKind('method', 'family-approach'),
    themes: ofKind('theme'),
    targetGroups: ofKind('target-group'),
  }
}
