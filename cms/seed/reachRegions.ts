import type { Payload } from 'payload'
import { modelOf } from '../../src/store/modelOf'
import { reachRegionsOf } from '../../src/domain/reachRegions'

/**
 * Members stored before `reachRegions` existed get it derived once; matching finds candidates
 * by it, so without it they would never be offered work. Returns how many were filled.
 */
export async function backfillReachRegions(payload: Payload): Promise<number> {
  const members = modelOf(payload, 'members')
  const missing = await members.find({ reachRegions: { $exists: false } }, { homeRegion: 1, regionsServed: 1 }).lean()
  for (const member of missing) {
    await members.updateOne(
      { _id: member._id },
      { $set: { reachRegions: reachRegionsOf(member.homeRegion, member.regionsServed) } },
    )
  }
  return missing.length
}
