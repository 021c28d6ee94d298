import type { Client } from '@temporalio/client'
import type { Payload } from 'payload'
import { z } from 'zod'
import type { User } from '../../payload-types'
import {
  NOT_YOUR_OFFER,
  type OfferAnswerResult,
  answerOfferUpdate,
  answerShapeProblem,
} from '../../../workflows/matching/messages'
import { updateMatching } from '../../../workflows/matching/client'
import { withoutClientData } from '../../../src/domain/clientText'
import { formNumber, isDocumentId, parseInput } from '../../../src/domain/parseInput'
import { type ActionResult, refused } from '../../../src/actionResult'
import { idOf, requiredIdOf } from '../../../src/domain/ids'
import { memberIdOf } from '../../access/memberOfUser'

const answerSchema = z.object({
  answer: z.enum(['accept', 'decline', 'counter'], 'Kies accepteren, afwijzen of een tegenvoorstel.'),
  // The reason of a decline or the note with a counter-proposal: the coordinator reads it.
  reason: z
    .string('De toelichting moet tekst zijn.')
    .trim()
    .max(1000, 'De reden is te lang (maximaal 1000 tekens).')
    .superRefine(withoutClientData('Je toelichting'))
    .optional(),
  counterStart: z.iso.date('Vul een geldige startdatum in (jjjj-mm-dd).').optional(),
  counterHours: formNumber(
    z
      .number('Vul een aantal uren in.')
      .min(0, 'Uren per week kan niet negatief zijn.')
      .max(40, 'Hoogstens 40 uur per week.'),
  ).optional(),
})

/** Which field a shape problem is about: the reason of a decline, else the counter-proposal's date or hours. */
const shapeField = (answer: { answer: string; counterStart?: string; counterHours?: number }) =>
  answer.answer === 'decline'
    ? 'reason'
    : answer.counterStart && answer.counterHours != null
      ? 'counterHours'
      : 'counterStart'

/**
 * A therapist answers an offer. The edge determines who is answering (the member of
 * the logged-in user) and passes it into the workflow update, whose validator refuses
 * someone else's offer, a stale or a repeated answer.
 */
export async function answerOffer(
  payload: Payload,
  client: Client,
  user: User | null,
  offerId: string,
  body: unknown,
): Promise<ActionResult<OfferAnswerResult>> {
  if (!user) return refused(403, 'Log in om op een aanbieding te reageren.')
  const memberId = await memberIdOf(payload, user.id)
  if (!memberId) return refused(403, 'Alleen een behandelaar met een profiel kan op een aanbieding reageren.')
  const parsed = parseInput(answerSchema, body)
  if (!parsed.ok) return refused(400, parsed.message, parsed.errors)
  const answer = { ...parsed.value, offerId, memberId }
  const problem = answerShapeProblem(answer)
  if (problem) return refused(400, problem, { [shapeField(answer)]: problem })
  const offer = isDocumentId(offerId)
    ? await payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true }).catch(() => null)
    : null
  if (!offer) return refused(404, 'Deze aanbieding bestaat niet.')
  // The workflow's validator refuses someone else's offer too; the edge does so before a run is asked.
  if (idOf(offer.member) !== memberId) return refused(403, NOT_YOUR_OFFER)
  return updateMatching(client, requiredIdOf(offer.request, `offer ${offerId} request`), answerOfferUpdate, answer)
}
