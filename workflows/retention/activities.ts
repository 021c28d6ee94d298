import type { Payload } from 'payload'
import { anonymiseRequest, dueRequests, retentionMonths } from '../../src/store/retention'

export function createRetentionActivities(payload: Payload) {
  return {
    /** The ids of the requests due at `at` under the retention setting of now. */
    async requestsDueForAnonymising(at: string): Promise<string[]> {
      return (await dueRequests(payload, new Date(at), await retentionMonths(payload))).map((request) => request.id)
    },

    /** Anonymises a batch; the number this call marked (a retried batch counts only what it did). */
    async anonymiseRequests(requestIds: string[], at: string): Promise<number> {
      let marked = 0
      for (const id of requestIds) if (await anonymiseRequest(payload, id, new Date(at))) marked += 1
      return marked
    },
  }
}
