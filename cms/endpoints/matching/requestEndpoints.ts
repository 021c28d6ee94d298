import type { Endpoint } from 'payload'
import {
  answerFollowUp,
  cancelRequest,
  confirmOffer,
  readableRequest,
  requestTimeline,
  staffAction,
} from './requestActions'
import { startSubmitted, submitRequest } from './submitRequest'
import { temporalClient } from '../../../workflows/client'
import { startMatching } from '../../../workflows/matching/client'
import { readJson } from '../readJson'
import { idParam, respond, userOf } from './respond'

const start = (requestId: string) => startMatching(requestId)

/** The matching actions on requests: the portal's HTTP edge to the workflow. */
export const matchingRequestEndpoints: Endpoint[] = [
  {
    // POST /api/requests/submit — a coordinator files a request; matching starts.
    path: '/submit',
    method: 'post',
    handler: async (req) => {
      const input = await readJson(req)
      if (!input.ok) return input.response
      return respond(await submitRequest(req.payload, userOf(req), input.body, start), 201)
    },
  },
  {
    // POST /api/requests/:id/submit — start a stored draft (again); harmless when running.
    path: '/:id/submit',
    method: 'post',
    handler: async (req) => {
      const request = await readableRequest(req.payload, userOf(req), idParam(req))
      if (!request.ok) return respond(request)
      return respond(await startSubmitted(req.payload, idParam(req), start), 202)
    },
  },
  {
    path: '/:id/timeline',
    method: 'get',
    handler: async (req) =>
      respond(await requestTimeline(req.payload, await temporalClient(), userOf(req), idParam(req))),
  },
  {
    path: '/:id/confirm',
    method: 'post',
    handler: async (req) => {
      const input = await readJson(req)
      if (!input.ok) return input.response
      return respond(await confirmOffer(req.payload, await temporalClient(), userOf(req), idParam(req), input.body))
    },
  },
  {
    path: '/:id/cancel',
    method: 'post',
    handler: async (req) => {
      const input = await readJson(req)
      if (!input.ok) return input.response
      return respond(await cancelRequest(req.payload, await temporalClient(), userOf(req), idParam(req), input.body))
    },
  },
  {
    path: '/:id/staff',
    method: 'post',
    handler: async (req) => {
      const input = await readJson(req)
      if (!input.ok) return input.response
      return respond(await staffAction(req.payload, await temporalClient(), userOf(req), idParam(req), input.body))
    },
  },
  {
    path: '/:id/follow-up',
    method: 'post',
    handler: async (req) => {
      const input = await readJson(req)
      if (!input.ok) return input.response
      return respond(await answerFollowUp(req.payload, await temporalClient(), userOf(req), idParam(req), input.body))
    },
  },
]
