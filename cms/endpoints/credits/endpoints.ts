import type { Endpoint } from 'payload'
import type { ActionResult } from '../../../src/actionResult'
import { readJson } from '../readJson'
import { addCreditActivity } from './addActivity'
import { decideCreditActivity } from './decideActivity'

const answer = <T>(result: ActionResult<T>, status = 200) =>
  result.ok
    ? Response.json(result.value, { status })
    : Response.json({ message: result.message, errors: result.errors ?? {} }, { status: result.status })

/** POST /api/credit-activities/add { certificate, title, date, credits, description, proofUrl } — the holder. */
export const addCreditActivityEndpoint: Endpoint = {
  path: '/add',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    return answer(await addCreditActivity(req.payload, req.user ?? null, input.body), 201)
  },
}

/** POST /api/credit-activities/:id/decide { decision: 'approve' | 'reject', reason } — trainer or staff. */
export const creditActivityDecisionEndpoint: Endpoint = {
  path: '/:id/decide',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    return answer(
      await decideCreditActivity(req.payload, req.user ?? null, String(req.routeParams?.id ?? ''), input.body),
    )
  },
}
