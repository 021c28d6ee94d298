import type { Endpoint } from 'payload'
import { answerOffer } from './answerOffer'
import { temporalClient } from '../../../workflows/client'
import { readJson } from '../readJson'
import { idParam, respond, userOf } from './respond'

/** POST /api/offers/:id/answer — the therapist accepts, declines or proposes other terms. */
export const matchingOfferEndpoints: Endpoint[] = [
  {
    path: '/:id/answer',
    method: 'post',
    handler: async (req) => {
      const input = await readJson(req)
      if (!input.ok) return input.response
      return respond(await answerOffer(req.payload, await temporalClient(), userOf(req), idParam(req), input.body))
    },
  },
]
