import type { Endpoint, PayloadRequest } from 'payload'
import { withdrawSignup } from './withdrawSignup'
import { signUpForGroup } from './signUpForGroup'
import { temporalClient } from '../../../workflows/client'
import { memberIdOfUser } from '../../access/memberOfUser'
import { readJson } from '../readJson'

async function activeMember(req: PayloadRequest): Promise<string | Response> {
  if (!req.user) return Response.json({ message: 'Log eerst in.' }, { status: 401 })
  const memberId = await memberIdOfUser(req)
  if (!memberId)
    return Response.json({ message: 'Alleen behandelaars kunnen zich aanmelden voor een groep.' }, { status: 403 })
  return memberId
}

/** POST /api/group-signups/sign-up — a therapist joins the pool of kind + region + theme. */
const signUpEndpoint: Endpoint = {
  path: '/sign-up',
  method: 'post',
  handler: async (req) => {
    const memberId = await activeMember(req)
    if (memberId instanceof Response) return memberId
    const input = await readJson(req)
    if (!input.ok) return input.response
    const result = await signUpForGroup(req.payload, await temporalClient(), memberId, input.body)
    if (!result.ok)
      return Response.json({ message: result.message, errors: result.errors ?? {} }, { status: result.status })
    return Response.json({ signupId: result.signupId }, { status: 201 })
  },
}

/** POST /api/group-signups/:id/withdraw — leave the waiting list, decline a proposal or drop out. */
const withdrawEndpoint: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: async (req) => {
    const memberId = await activeMember(req)
    if (memberId instanceof Response) return memberId
    const result = await withdrawSignup(
      req.payload,
      await temporalClient(),
      memberId,
      String(req.routeParams?.id ?? ''),
    )
    if (!result.ok) return Response.json({ message: result.message }, { status: result.status })
    return Response.json({ status: result.value.status })
  },
}

export const groupSignupEndpoints: Endpoint[] = [signUpEndpoint, withdrawEndpoint]
