import type { Client } from '@temporalio/client'
import type { Payload } from 'payload'
import { type ActionResult, refused } from '../../../src/actionResult'
import { idOf } from '../../../src/domain/ids'
import { leavePool } from '../../../workflows/group-formation/client'
import { dropOutOfGroup, respondToGroup } from '../../../workflows/group/client'
import type { GroupState } from '../../../workflows/group/messages'

/**
 * A therapist withdraws a sign-up: from the pool while waiting (formation update),
 * as a decline while proposed, as a drop-out once in a group.
 */
export async function withdrawSignup(
  payload: Payload,
  client: Client,
  memberId: string,
  signupId: string,
): Promise<ActionResult<{ status: string; group?: GroupState }>> {
  const signup = await payload.findByID({
    collection: 'group-signups',
    id: signupId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!signup || idOf(signup.member) !== memberId) return refused(404, 'Deze aanmelding is niet gevonden.')
  const groupId = idOf(signup.group)
  if (signup.status === 'waiting') {
    const result = await leavePool(client, signup.formationWorkflowId ?? '', { signupId, memberId })
    return result.ok ? { ok: true, value: { status: 'withdrawn' } } : result
  }
  if (signup.status === 'proposed' && groupId) {
    const result = await respondToGroup(client, groupId, memberId, false)
    return result.ok ? { ok: true, value: { status: 'declined', group: result.value } } : result
  }
  if ((signup.status === 'confirmed' || signup.status === 'placed') && groupId) {
    const result = await dropOutOfGroup(client, groupId, memberId)
    return result.ok ? { ok: true, value: { status: 'dropped-out', group: result.value } } : result
  }
  return refused(409, 'Deze aanmelding is al afgesloten.')
}
