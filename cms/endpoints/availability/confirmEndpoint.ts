import type { Endpoint } from 'payload'
import { z } from 'zod'
import { config } from '../../../src/config'
import { verifyConfirmToken } from '../../../src/mail/confirmToken'
import { parseInput } from '../../../src/domain/parseInput'
import { confirmAvailabilityByLink } from '../../../src/store/availabilityConfirmations'
import { readJson } from '../readJson'

const bodySchema = z.object({ token: z.string('De link is onvolledig.').min(1, 'De link is onvolledig.').max(200) })

/**
 * POST /api/availability-confirmations/confirm — the one click in the availability mail. No
 * login: the signed token says who; a POST (from the portal page the link opens), not a GET, so a
 * mail scanner that follows links does not confirm for the therapist.
 */
export const confirmAvailabilityEndpoint: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    const body = parseInput(bodySchema, input.body)
    if (!body.ok) return Response.json({ message: body.message, errors: body.errors }, { status: 400 })
    const now = new Date()
    const claim = verifyConfirmToken(body.value.token, config.PAYLOAD_SECRET, now)
    if (!claim)
      return Response.json(
        { message: 'Deze link is ongeldig of verlopen. Pas je beschikbaarheid aan op je profielpagina.' },
        { status: 400 },
      )
    const member = await req.payload
      .findByID({ collection: 'members', id: claim.memberId, depth: 0, overrideAccess: true, select: { status: true } })
      .catch(() => null)
    if (!member || member.status !== 'active')
      return Response.json({ message: 'Dit profiel is niet (meer) actief.' }, { status: 404 })
    const result = await confirmAvailabilityByLink(req.payload, claim.memberId, claim.issuedAt, now)
    if (result === 'already-used')
      return Response.json(
        { message: 'Deze link is al gebruikt. Je beschikbaarheid staat bevestigd.', status: result },
        { status: 409 },
      )
    req.payload.logger.info(`Member ${claim.memberId} confirmed availability by link`)
    return Response.json({ status: result, confirmedAt: now.toISOString() })
  },
}
