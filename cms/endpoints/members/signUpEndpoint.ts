import type { Endpoint } from 'payload'
import { signUpTherapist } from './signUp'
import { startMemberApproval } from '../../../workflows/member-approval/client'
import { readJson } from '../readJson'

/** POST /api/members/sign-up — public: a therapist signs up from the portal. */
export const signUpEndpoint: Endpoint = {
  path: '/sign-up',
  method: 'post',
  handler: async (req) => {
    const input = await readJson(req)
    if (!input.ok) return input.response
    const result = await signUpTherapist(req.payload, input.body, (memberId) => startMemberApproval({ memberId }))
    if (!result.ok)
      return Response.json({ message: result.message, errors: result.errors ?? {} }, { status: result.status })
    return Response.json(
      {
        memberId: result.memberId,
        message: 'Bedankt voor je aanmelding! Het platformteam bekijkt hem en je krijgt bericht per mail.',
      },
      { status: 201 },
    )
  },
}
