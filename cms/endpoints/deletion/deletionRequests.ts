import type { Payload } from 'payload'
import { type ActionResult, refused } from '../../../src/actionResult'
import { blockerProblem, decisionProblem } from '../../../src/domain/erasure'
import { idOf } from '../../../src/domain/ids'
import { claimDecision } from '../../../src/store/decisionClaims'
import { modelOf } from '../../../src/store/modelOf'
import { eraseMember, erasureBlockers } from '../../../src/store/memberErasure'
import { memberIdOf } from '../../access/memberOfUser'
import type { User } from '../../payload-types'

export const DELETION_REQUESTS = 'deletion-requests' as const

/** A therapist asks to be removed; one open request per member (the unique `openKey`). */
export async function requestDeletion(
  payload: Payload,
  user: User | null,
  reason: string | undefined,
): Promise<ActionResult<{ id: string }>> {
  if (!user) return refused(401, 'Log in om verwijdering van je gegevens aan te vragen.')
  const memberId = await memberIdOf(payload, user.id)
  if (!memberId) return refused(404, 'Er is geen behandelaarsprofiel bij dit account.')
  try {
    const created = await payload.create({
      collection: DELETION_REQUESTS,
      data: { member: memberId, user: user.id, reason: reason || null, status: 'pending', openKey: memberId },
      overrideAccess: true,
      context: { actor: String(user.email) },
    })
    return { ok: true, value: { id: String(created.id) } }
  } catch (error) {
    // The unique openKey refused it (Payload reports FerretDB's duplicate key without the field): is one open?
    const open = await payload.count({
      collection: DELETION_REQUESTS,
      where: { openKey: { equals: memberId } },
      overrideAccess: true,
    })
    if (open.totalDocs > 0) return refused(409, 'Je verzoek om verwijdering ligt al bij het platformteam.')
    throw error
  }
}

/**
 * Staff decide. One decision is recorded however many clicks: the call that claims it
 * (src/store/decisionClaims.ts) writes it and the audit. Erasing is idempotent and finishes an
 * approval whose erasure did not (the database gone halfway): approving again completes it.
 */
export async function decideDeletion(
  payload: Payload,
  staff: User,
  requestId: string,
  decision: 'approve' | 'reject',
  note: string | undefined,
): Promise<ActionResult<{ status: 'approved' | 'rejected' }>> {
  const problem = decisionProblem(decision, note)
  if (problem) return refused(400, problem, { note: problem })
  const read = () =>
    payload.findByID({ collection: DELETION_REQUESTS, id: requestId, depth: 0, overrideAccess: true }).catch(() => null)
  const request = await read()
  if (!request) return refused(404, 'Dit verwijderverzoek bestaat niet.')
  const memberId = idOf(request.member)!
  const wanted = decision === 'approve' ? 'approved' : 'rejected'
  let mine = false
  if (request.status === 'pending') {
    if (decision === 'approve') {
      const blocked = blockerProblem(await erasureBlockers(payload, memberId))
      if (blocked) return refused(409, blocked)
    }
    mine = await claimDecision(payload, `deletion-request:${requestId}`, staff.id)
    if (mine)
      // The one decision: no other call writes this document's decision any more.
      await modelOf(payload, DELETION_REQUESTS).updateOne(
        { _id: requestId },
        {
          $set: {
            status: wanted,
            decidedBy: staff.id,
            decidedAt: new Date(),
            decisionNote: note || null,
            // Free the member's one open request: a refused member may ask again later.
            openKey: `${memberId}:${requestId}`,
          },
        },
      )
  }
  const now = mine ? { status: wanted, completedAt: null } : await read()
  const finishing = decision === 'approve' && now?.status === 'approved' && !now.completedAt
  if (!mine && !finishing) return refused(409, 'Over dit verzoek is al beslist.')
  if (decision === 'approve') {
    await eraseMember(payload, memberId, idOf(request.user))
    await modelOf(payload, DELETION_REQUESTS).updateOne({ _id: requestId }, { $set: { completedAt: new Date() } })
  }
  if (mine)
    await payload.create({
      collection: 'audit-log',
      data: {
        actor: staff.id,
        actorLabel: String(staff.email),
        action: decision === 'approve' ? 'erase' : 'erase-refused',
        targetCollection: 'members',
        targetId: memberId,
      },
      overrideAccess: true,
    })
  return { ok: true, value: { status: wanted } }
}
