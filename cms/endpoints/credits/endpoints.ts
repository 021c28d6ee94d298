import type { Endpoint } from 'payload'
import { respond } from '../matching/respond'
import { readJson } from '../readJson'
import { addCreditActivity } from './addActivity'
import { decideCreditActivity } from './decideActivity'

/** POST /api/credit-activities/add { certificate, title, date, credits, description, proofUrl } — the holder. */
export const addCreditActivityEndpoint: Endpoint = {
  path: '/add',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    return respond(await addCreditActivity(req.payload, req.user ?? null, input.body), 201)
  },
}

/** POST /api/credit-activities/:id/decide { decision: 'approve' | 'reject', reason } — trainer or staff. */
export const creditActivityDecisionEndpoint: Endpoint = {
  path: '/:id/decide',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    return respond(
      await decideCreditActivity(req.payload, req.user ?? null, String(req.routeParams?.id ?? ''), input.body),
    )
  },
}
