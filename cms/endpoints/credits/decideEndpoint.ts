import type { Endpoint } from 'payload'
import { readJson } from '../readJson'
import { decideCreditActivity } from './decideActivity'

/** POST /api/credit-activities/:id/decide { decision: 'approve' | 'reject', reason } — trainer or staff. */
export const creditActivityDecisionEndpoint: Endpoint = {
  path: '/:id/decide',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    const result = await decideCreditActivity(
      req.payload,
      req.user ?? null,
      String(req.routeParams?.id ?? ''),
      input.body,
    )
    if (!result.ok)
      return Response.json({ message: result.message, errors: result.errors ?? {} }, { status: result.status })
    return Response.json(result.value)
  },
}
