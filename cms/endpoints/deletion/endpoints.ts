import type { Endpoint } from 'payload'
import { z } from 'zod'
import { parseInput } from '../../../src/domain/parseInput'
import { hasRole } from '../../access/roles'
import { idParam, respond, userOf } from '../matching/respond'
import { readJson } from '../readJson'
import { decideDeletion, requestDeletion } from './deletionRequests'

const requestSchema = z
  .object({
    reason: z
      .string('De toelichting moet tekst zijn.')
      .trim()
      .max(1000, 'De toelichting is te lang (maximaal 1000 tekens).')
      .optional(),
  })
  .optional()

const decisionSchema = z.object({
  decision: z.enum(['approve', 'reject'], 'Kies uitvoeren of afwijzen.'),
  note: z
    .string('De toelichting moet tekst zijn.')
    .trim()
    .max(1000, 'De toelichting is te lang (maximaal 1000 tekens).')
    .optional(),
})

/** POST /api/deletion-requests/request — a therapist asks for their data to be removed. */
const requestEndpoint: Endpoint = {
  path: '/request',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    const body = parseInput(requestSchema, input.body)
    if (!body.ok) return Response.json({ message: body.message, errors: body.errors }, { status: 400 })
    return respond(await requestDeletion(req.payload, userOf(req), body.value?.reason), 201)
  },
}

/** POST /api/deletion-requests/:id/decide — staff carry out or refuse a request. */
const decideEndpoint: Endpoint = {
  path: '/:id/decide',
  method: 'post',
  handler: async (req) => {
    const staff = userOf(req)
    if (!staff || !hasRole(staff, 'admin'))
      return Response.json({ message: 'Alleen het platformteam beslist over verwijderverzoeken.' }, { status: 403 })
    const input = await readJson(req)
    if (!input.ok) return input.response
    const body = parseInput(decisionSchema, input.body)
    if (!body.ok) return Response.json({ message: body.message, errors: body.errors }, { status: 400 })
    return respond(await decideDeletion(req.payload, staff, idParam(req), body.value.decision, body.value.note))
  },
}

export const deletionRequestEndpoints = [requestEndpoint, decideEndpoint]
