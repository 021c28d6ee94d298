import type { Payload } from 'payload'
import { z } from 'zod'
import type { User } from '../../cms/payload-types'
import { hasRole } from '../../cms/access/roles'
import { matchingWorkflowId } from '../../workflows/matching/messages'
import { type ActionResult, refused } from './result'
import { requestPiiProblems } from './requestPii'

const id = z.string().trim().min(1)

export const requestBodySchema = z.object({
  title: z.string().trim().min(3, 'Geef de aanvraag een korte titel (minstens 3 tekens).').max(120, 'De titel is te lang (maximaal 120 tekens).'),
  kind: z.enum(['case', 'structural'], 'Kies een casus of een structurele samenwerking.'),
  region: id.describe('regio'),
  expertise: z.array(id).min(1, 'Kies minstens één expertise of methode.').max(10, 'Kies hoogstens 10 expertises.'),
  targetGroup: id.optional().nullable(),
  urgency: z.enum(['normal', 'high', 'crisis'], 'Kies een urgentie.').default('normal'),
  hoursPerWeek: z.coerce.number('Vul een aantal uren in.').min(0, 'Uren per week kan niet negatief zijn.').max(40, 'Hoogstens 40 uur per week.').optional().nullable(),
  wantedStart: z.iso.date('Vul een geldige startdatum in (jjjj-mm-dd).').optional().nullable(),
  context: z.string().trim().max(3000, 'De toelichting is te lang (maximaal 3000 tekens).').optional().nullable(),
  /** Staff file for any organisation; a coordinator always for their own. */
  organisation: id.optional(),
})

export type StartMatching = (requestId: string) => Promise<unknown>

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : value ? String(value) : undefined)

/**
 * A coordinator files a request: parsed, checked for client data, stored with the
 * access rules of the user (own organisation only), then matching starts. If the
 * start fails the request stays a draft that can be submitted again.
 */
export async function submitRequest(payload: Payload, user: User | null, body: unknown, start: StartMatching): Promise<ActionResult<{ requestId: string }>> {
  if (!user || !hasRole(user, 'coordinator', 'admin')) return refused(403, 'Alleen coördinatoren van een organisatie kunnen een aanvraag doen.')
  const parsed = requestBodySchema.safeParse(body)
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? 'form'), issue.message]))
    return refused(400, parsed.error.issues[0]?.message ?? 'De aanvraag is niet compleet.', errors)
  }
  const pii = requestPiiProblems(parsed.data)
  if (pii.length > 0) return refused(400, pii[0]!.message, Object.fromEntries(pii.map((p) => [p.field, p.message])))

  const organisation = hasRole(user, 'admin') ? (parsed.data.organisation ?? idOf(user.organisation)) : idOf(user.organisation)
  if (!organisation) return refused(403, 'Je account is nog niet aan een organisatie gekoppeld; neem contact op met het platformteam.')

  const { organisation: _ignored, ...fields } = parsed.data
  let requestId: string
  try {
    const created = await payload.create({
      collection: 'requests',
      data: { ...fields, organisation, createdBy: user.id, status: 'draft' },
      overrideAccess: false,
      user,
    })
    requestId = String(created.id)
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403) return refused(403, 'Je kunt alleen aanvragen doen voor je eigen organisatie.')
    if (status === 400) return refused(400, (error as Error).message)
    throw error
  }
  return startSubmitted(payload, requestId, start)
}

/** Starts matching for a stored request (again); starting twice is harmless. */
export async function startSubmitted(payload: Payload, requestId: string, start: StartMatching): Promise<ActionResult<{ requestId: string }>> {
  const request = await payload.findByID({ collection: 'requests', id: requestId, depth: 0, overrideAccess: true })
  // Written before the start: afterwards the workflow is the only writer of the request.
  if (!request.workflowId) {
    await payload.update({
      collection: 'requests',
      id: requestId,
      data: { workflowId: matchingWorkflowId(requestId), submittedAt: new Date().toISOString() },
      overrideAccess: true,
      context: { actor: 'matching-submit' },
    })
  }
  try {
    await start(requestId)
  } catch (error) {
    payload.logger.error({ err: error, requestId }, 'matching could not start')
    return refused(503, 'Je aanvraag is opgeslagen als concept, maar het matchen kon nog niet starten. Probeer het over een paar minuten opnieuw vanaf de aanvraag.')
  }
  return { ok: true, value: { requestId } }
}
