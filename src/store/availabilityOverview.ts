import type { Payload } from 'payload'
import { daysSinceConfirmation, isStale } from '../domain/availabilityConfirmation'
import { availabilityConfirmedAtOfMany } from './availabilityConfirmations'

export type TherapistAvailability = {
  memberId: string
  displayName: string
  /** The last confirmation, or sign-up when never confirmed (what ranking counts from). */
  confirmedAt: string | null
  confirmed: boolean
  days: number | null
  stale: boolean
}
export type RegionAvailability = { regionId: string; name: string; therapists: TherapistAvailability[]; stale: number }

/**
 * For staff: per home region, each active therapist's last confirmation and who is stale (left
 * out of ranking). Equality-only reads; sorted here (FerretDB does not sort): regions by name,
 * the stale and longest unconfirmed first.
 */
export async function availabilityByRegion(payload: Payload, now: Date): Promise<RegionAvailability[]> {
  const [members, regions] = await Promise.all([
    payload.find({
      collection: 'members',
      where: { status: { equals: 'active' } },
      depth: 0,
      pagination: false,
      select: { displayName: true, homeRegion: true, createdAt: true },
      overrideAccess: true,
    }),
    payload.find({ collection: 'regions', depth: 0, pagination: false, select: { name: true }, overrideAccess: true }),
  ])
  const confirmed = await availabilityConfirmedAtOfMany(
    payload,
    members.docs.map((doc) => String(doc.id)),
  )
  const byRegion = new Map<string, TherapistAvailability[]>()
  for (const doc of members.docs) {
    const own = confirmed.get(String(doc.id)) ?? null
    const since = own ?? doc.createdAt ?? null
    const row = {
      memberId: String(doc.id),
      displayName: String(doc.displayName ?? ''),
      confirmedAt: since,
      confirmed: own !== null,
      days: daysSinceConfirmation(since, now),
      stale: isStale(since, now),
    }
    const region = String(typeof doc.homeRegion === 'object' ? doc.homeRegion?.id : doc.homeRegion)
    byRegion.set(region, [...(byRegion.get(region) ?? []), row])
  }
  return regions.docs
    .map((region) => {
      const therapists = (byRegion.get(String(region.id)) ?? []).sort(
        (a, b) => Number(b.stale) - Number(a.stale) || (b.days ?? Infinity) - (a.days ?? Infinity),
      )
      return {
        regionId: String(region.id),
        name: String(region.name),
        therapists,
        stale: therapists.filter((t) => t.stale).length,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}
