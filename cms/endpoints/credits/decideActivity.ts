import type { Payload } from 'payload'
import { z } from 'zod'
import { type ActionResult, refused } from '../../../src/actionResult'
import type { CreditActivity } from '../../payload-types'
import { config } from '../../../src/config'
import { idOf, requiredIdOf } from '../../../src/domain/ids'
import { withoutClientData } from '../../../src/domain/clientText'
import { isDocumentId, parseInput } from '../../../src/domain/parseInput'
import { decisionProblem, formatCredits } from '../../../src/domain/renewalCredits'
import { creditDecisionMessage } from '../../../src/mail/certificationTemplates'
import { memberContact } from '../../../src/mail/recipients'
import { sendMailOnce } from '../../../src/mail/sendMailOnce'
import { claimDecision } from '../../../src/store/decisionClaims'
import { memberIdOf } from '../../access/memberOfUser'
import { hasRole } from '../../access/roles'

export const decisionSchema = z.object({
  decision: z.enum(['approve', 'reject'], 'Kies goedkeuren of afwijzen.'),
  // Checked here too (the collection's hook guards every write), so the refusal names the field.
  reason: z
    .string('Geef de reden als tekst.')
    .max(1000, 'De reden mag hoogstens 1000 tekens zijn.')
    .superRefine(withoutClientData('De reden'))
    .nullish(),
})

type UserLike = { id: string | number; roles?: readonly string[] | null; email?: string | null }
export type Decided = { id: string; status: 'approved' | 'rejected' }

export const NOT_FOUND = 'Deze activiteit bestaat niet, of je mag haar niet beoordelen.'

/**
 * A trainer of the certificate's training, or staff, approves or rejects one pending activity.
 * Who and when are set here; the decision is claimed once (src/store/decisionClaims.ts), so two
 * trainers deciding at once give one decision and one clear refusal.
 */
export async function decideCreditActivity(
  payload: Payload,
  user: UserLike | null,
  id: string,
  raw: unknown,
): Promise<ActionResult<Decided>> {
  if (!user) return refused(401, 'Log in om dit te doen.')
  const parsed = parseInput(decisionSchema, raw)
  if (!parsed.ok) return refused(400, parsed.message, parsed.errors)
  const { decision } = parsed.value
  const reason = parsed.value.reason?.trim() || null

  const activity = isDocumentId(id)
    ? await payload.findByID({
        collection: 'credit-activities',
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
    : null
  if (!activity) return refused(404, NOT_FOUND)
  if (!(await mayDecide(payload, user, idOf(activity.training)))) return refused(404, NOT_FOUND)
  if ((await memberIdOf(payload, user.id)) === idOf(activity.member))
    return refused(403, 'Je eigen activiteiten beoordeelt een trainer of het platformteam, niet jij zelf.')
  if (activity.status !== 'pending') return refused(409, 'Over deze activiteit is al beslist.')
  const problem = decisionProblem(decision, reason)
  if (problem) return refused(400, problem, { reason: problem })

  const status = decision === 'approve' ? 'approved' : 'rejected'
  // Two trainers at once: the one whose claim goes in decides (a 'where pending' update is not atomic on FerretDB).
  if (!(await claimDecision(payload, `credit-activity:${id}`, user.id)))
    return refused(409, 'Over deze activiteit is al beslist.')
  try {
    const written = await payload.update({
      collection: 'credit-activities',
      where: { id: { equals: id }, status: { equals: 'pending' } },
      data: { status, decisionReason: reason, decidedBy: String(user.id), decidedAt: new Date().toISOString() },
      overrideAccess: true,
      user: user as never,
      depth: 0,
    })
    if (written.errors.length > 0) return refused(400, written.errors.map((e) => e.message).join(' '))
    if (written.docs.length === 0) return refused(409, 'Over deze activiteit is al beslist.')
  } catch (error) {
    return refused(400, error instanceof Error ? error.message : 'De beoordeling kon niet worden opgeslagen.')
  }
  // The decision stands whatever the mail does; a mail that fails is logged, not retried.
  await tellHolder(payload, activity, status, reason).catch((error) =>
    payload.logger.warn({ err: error, activity: id }, 'credit decision mail not sent'),
  )
  return { ok: true, value: { id, status } }
}

async function tellHolder(
  payload: Payload,
  activity: CreditActivity,
  status: 'approved' | 'rejected',
  reason: string | null,
): Promise<void> {
  const certificate = await payload.findByID({
    collection: 'certificates',
    id: requiredIdOf(activity.certificate, `credit activity ${activity.id} certificate`),
    depth: 0,
    select: { number: true },
    overrideAccess: true,
  })
  const person = await memberContact(payload, requiredIdOf(activity.member, `credit activity ${activity.id} member`))
  await sendMailOnce(
    payload,
    `credit-activity:${activity.id}:decided`,
    person.email,
    creditDecisionMessage(
      person.name,
      activity.title,
      formatCredits(activity.credits),
      status === 'approved',
      reason,
      `${config.PUBLIC_URL}/mijn-certificaten/${encodeURIComponent(certificate.number)}/punten`,
    ),
  )
}

async function mayDecide(payload: Payload, user: UserLike, trainingId: string | null): Promise<boolean> {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'trainer') || !trainingId) return false
  const training = await payload.findByID({
    collection: 'trainings',
    id: trainingId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return (training?.trainers ?? []).some((trainer) => idOf(trainer) === String(user.id))
}
