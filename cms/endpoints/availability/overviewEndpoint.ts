import type { Endpoint } from 'payload'
import { availabilityByRegion } from '../../../src/store/availabilityOverview'
import { hasRole } from '../../access/roles'

/** GET /api/availability-confirmations/overview — staff only: last confirmations and who is stale, per region. */
export const availabilityOverviewEndpoint: Endpoint = {
  path: '/overview',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin'))
      return Response.json({ message: 'Alleen het platformteam ziet de bevestigde beschikbaarheid.' }, { status: 403 })
    return Response.json({ regions: await availabilityByRegion(req.payload, new Date()) })
  },
}
