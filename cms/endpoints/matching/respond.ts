import type { PayloadRequest } from 'payload'
import type { User } from '../../payload-types'
import type { ActionResult } from '../../../src/actionResult'

/** The JSON answer of a matching endpoint: the value, or `{ message, errors }` with its status. */
export function respond<T>(result: ActionResult<T>, okStatus = 200): Response {
  if (result.ok) return Response.json(result.value ?? null, { status: okStatus })
  return Response.json({ message: result.message, errors: result.errors ?? {} }, { status: result.status })
}

export const userOf = (req: PayloadRequest) =>
  req.user && req.user.collection === 'users' ? (req.user as unknown as User) : null
export const idParam = (req: PayloadRequest) => String(req.routeParams?.id ?? '')
