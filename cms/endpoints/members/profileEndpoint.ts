import type { Endpoint } from 'payload'
import { idParam, respond, userOf } from '../matching/respond'
import { readJson } from '../readJson'
import { updateOwnProfile } from './updateProfile'

/** POST /api/members/:id/profile — the member saves "Mijn profiel". */
export const memberProfileEndpoint: Endpoint = {
  path: '/:id/profile',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    return respond(await updateOwnProfile(req.payload, userOf(req), idParam(req), input.body, req))
  },
}
