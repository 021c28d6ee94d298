import type { CollectionBeforeChangeHook } from 'payload'
import { reachRegionsOf } from '../../../../src/domain/reachRegions'
import type { Member } from '../../../payload-types'

/** Keeps `reachRegions` in step with the home region and regions served, whatever a client sent for it. */
export const deriveReachRegions: CollectionBeforeChangeHook<Member> = ({ data, originalDoc }) => {
  const homeRegion = 'homeRegion' in data ? data.homeRegion : originalDoc?.homeRegion
  const regionsServed = 'regionsServed' in data ? data.regionsServed : originalDoc?.regionsServed
  return { ...data, reachRegions: reachRegionsOf(homeRegion, regionsServed) }
}
