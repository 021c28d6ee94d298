import type { Client } from '@temporalio/client'
import type { Payload } from 'payload'
import { z } from 'zod'
import type { Request, User } from '../../payload-types'
import { hasRole } from '../../access/roles'
import {
  type ConfirmationResult,
  type MatchingState,
  cancelUpdate,
  confirmUpdate,
  followUpUpdate,
  staffActionUpdate,
} from '../../../workflows/matching/messages'
import { matchingState, updateMatching } from '../../../workflows/matching/client'
import { withoutClientData } from '../../../src/domain/clientText'
import { parseInput } from '../../../src/domain/parseInput'
import { type ActionResult, refused } from '../../../src/actionResult'

/** The request as this user may see it (row-level access), or a 404 for anyone else. */
export async function readableRequest(
  payload: Payload,
  user: User | null,
  requestId: string,
  /** The portal page reading, for the access log (cms/hooks/accessLog/readRoute.ts). */
  page?: { context: Record<string, string> },
): Promise<ActionResult<Request>> {
  if (!user) return refused(403, 'Log in om deze aanvraag te bekijken.')
  try {
    return {
      ok: true,
      value: await payload.findByID({
        collection: 'requests',
        id: requestId,
        depth: 0,
        overrideAccess: false,
        user,
        ...page,
      }),
    }
  } catch {
    return refused(404, 'Deze aanvraag bestaat niet of hoort niet bij jouw organisatie.')
  }
}

const parse = <T>(schema: z.ZodType<T>, body: unknown): ActionResult<T> => {
  const parsed = parseInput(schema, body)
  return parsed.ok ? { ok: true, value: parsed.value } : refused(400, parsed.message, parsed.errors)
}

/** A reason the coordinator or staff give; it is stored on the request or offer and mailed, so never client data. */
const reason = (label: string) =>
  z
    .string(`${label} moet tekst zijn.`)
    .trim()
    .max(1000, 'De reden is te lang (maximaal 1000 tekens).')
    .superRefine(withoutClientData(label))

const confirmSchema = z.object({
  offerId: z
    .string('Welke aanbieding bevestig je?')
    .min(1, 'Welke aanbieding bevestig je?')
    .max(64, 'Welke aanbieding bevestig je?'),
  decision: z.enum(['confirm', 'reject'], 'Kies bevestigen of niet bevestigen.'),
  reason: reason('De reden').optional(),
})

/** The coordinator confirms (or not) a therapist who accepted or proposed other terms. */
export async function confirmOffer(
  payload: Payload,
  client: Client,
  user: User | null,
  requestId: string,
  body: unknown,
): Promise<ActionResult<ConfirmationResult>> {
  const request = await readableRequest(payload, user, requestId)
  if (!request.ok) return request
  if (!hasRole(user, 'coordinator', 'admin'))
    return refused(403, 'Alleen de coördinator van de organisatie kan bevestigen.')
  const input = parse(confirmSchema, body)
  if (!input.ok) return input
  return updateMatching(client, requestId, confirmUpdate, { ...input.value, by: String(user!.id) })
}

const cancelSchema = z.object({ reason: reason('De reden van annuleren').optional() })

/** The coordinator cancels; open offers are withdrawn and their therapists told. */
export async function cancelRequest(
  payload: Payload,
  client: Client,
  user: User | null,
  requestId: string,
  body: unknown,
): Promise<ActionResult<MatchingState>> {
  const request = await readableRequest(payload, user, requestId)
  if (!request.ok) return request
  if (!hasRole(user, 'coordinator', 'admin'))
    return refused(403, 'Alleen de coördinator van de organisatie kan annuleren.')
  const input = parse(cancelSchema, body ?? {})
  if (!input.ok) return input
  return updateMatching(client, requestId, cancelUpdate, { ...input.value, by: String(user!.id) })
}

const staffSchema = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('widen'),
      regionPolicy: z.enum(['neighbours', 'remote'], 'Kies buurregio’s of op afstand.'),
    }),
    z.object({
      action: z.literal('assign'),
      memberId: z.string('Kies een behandelaar.').min(1, 'Kies een behandelaar.').max(64, 'Kies een behandelaar.'),
    }),
    z.object({
      action: z.literal('close'),
      reason: reason('De reden van sluiten').pipe(
        z.string().min(3, 'Geef een reden; de aanvrager krijgt die te lezen.'),
      ),
    }),
  ],
  { error: 'Kies verbreden, toewijzen of sluiten.' },
)

/** Platform staff act on an (escalated) request: widen the search, assign by hand, close. */
export async function staffAction(
  payload: Payload,
  client: Client,
  user: User | null,
  requestId: string,
  body: unknown,
): Promise<ActionResult<MatchingState>> {
  if (!hasRole(user, 'admin')) return refused(403, 'Alleen het platformteam kan dit doen.')
  const request = await readableRequest(payload, user, requestId)
  if (!request.ok) return request
  const input = parse(staffSchema, body)
  if (!input.ok) return input
  return updateMatching(client, requestId, staffActionUpdate, { ...input.value, by: String(user!.id) })
}

const followUpSchema = z.object({
  started: z.boolean('Geef aan of de behandeling is gestart.'),
  outcome: z
    .string('Beschrijf kort hoe het ging.')
    .trim()
    .min(3, 'Beschrijf kort hoe het ging.')
    .max(2000, 'Maximaal 2000 tekens.')
    .superRefine(withoutClientData('Je antwoord op de nazorgvraag')),
})

/** The coordinator answers the follow-up question (stored for the research figures). */
export async function answerFollowUp(
  payload: Payload,
  client: Client,
  user: User | null,
  requestId: string,
  body: unknown,
): Promise<ActionResult<MatchingState>> {
  const request = await readableRequest(payload, user, requestId)
  if (!request.ok) return request
  if (!hasRole(user, 'coordinator', 'admin'))
    return refused(403, 'Alleen de coördinator van de organisatie kan de nazorgvraag beantwoorden.')
  const input = parse(followUpSchema, body)
  if (!input.ok) return input
  return updateMatching(client, requestId, followUpUpdate, { ...input.value, by: String(user!.id) })
}

/** The live state of the request's workflow (the portal's timeline), or null before it started. */
export async function requestTimeline(
  payload: Payload,
  client: Client,
  user: User | null,
  requestId: string,
): Promise<ActionResult<MatchingState | null>> {
  const request = await readableRequest(payload, user, requestId)
  if (!request.ok) return request
  if (!request.value.workflowId) return { ok: true, value: null }
  const result = await matchingState(client, requestId)
  if (!result.ok && result.status === 404) return { ok: true, value: null }
  return result
}
