import type { Endpoint } from 'payload'
import { z } from 'zod'
import { decideMember } from '../../../workflows/member-approval/client'
import { temporalClient } from '../../../workflows/client'
import { hasRole } from '../../access/roles'
import { parseInput } from '../../../src/domain/parseInput'
import { readJson } from '../readJson'

const bodySchema = z.object({
  decision: z.enum(['approve', 'reject'], 'Kies goedkeuren of afwijzen.'),
  reason: z
    .string('De reden moet tekst zijn.')
    .trim()
    .max(2000, 'De reden is te lang (maximaal 2000 tekens).')
    .optional(),
})

/** POST /api/members/:id/decision — platform staff approve or reject a sign-up. */
export const memberDecisionEndpoint: Endpoint = {
  path: '/:id/decision',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin'))
      return Response.json({ message: 'Alleen het platformteam kan aanmeldingen beoordelen.' }, { status: 403 })
    const input = await readJson(req)
    if (!input.ok) return input.response
    const body = parseInput(bodySchema, input.body)
    if (!body.ok) return Response.json({ message: body.message, errors: body.errors }, { status: 400 })
    const memberId = String(req.routeParams?.id ?? '')
    try {
      const result = await decideMember(await temporalClient(), memberId, {
        ...body.value,
        decidedBy: String(req.user!.id),
      })
      // The decision itself is parsed above, so a 400 from the workflow's rule is about the reason.
      if (!result.ok)
        return Response.json(
          { message: result.message, errors: result.status === 400 ? { reason: result.message } : {} },
          { status: result.status },
        )
      return Response.json({ status: result.state.status })
    } catch (error) {
      // Temporal unreachable or failing: nothing was decided, so staff can simply try again.
      req.payload.logger.error({ err: error }, `Decision on member ${memberId} failed`)
      return Response.json(
        { message: 'Het besluit kon nu niet worden verwerkt. Probeer het over een paar minuten opnieuw.' },
        { status: 503 },
      )
    }
  },
}
