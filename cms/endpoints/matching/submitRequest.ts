import type { Payload } from 'payload'
import { z } from 'zod'
import type { User } from '../../payload-types'
import { hasRole } from '../../access/roles'
import { matchingWorkflowId } from '../../../workflows/matching/messages'
import { type ActionResult, refused } from '../../../src/actionResult'
import { withoutClientData } from '../../../src/domain/clientText'
import { DOCUMENT_ID, formNumber, parseInput } from '../../../src/domain/parseInput'
import { idOf } from '../../../src/domain/ids'

const id = (message: string) => z.string(message).trim().regex(DOCUMENT_ID, message)

export const requestBodySchema = z.object({
  title: z
    .string('Geef de aanvraag een korte titel.')
    .trim()
    .min(3, 'Geef de aanvraag een korte titel (minstens 3 tekens).')
    .max(120, 'De titel is te lang (maximaal 120 tekens).')
    .superRefine(withoutClientData('De korte titel')),
  kind: z.enum(['case', 'structural'], 'Kies een casus of een structurele samenwerking.'),
  region: id('Kies een regio uit de lijst.'),
  expertise: z
    .array(id('Kies expertise uit de lijst.'), 'Kies minstens één expertise of methode.')
    .min(1, 'Kies minstens één expertise of methode.')
    .max(10, 'Kies hoogstens 10 expertises.'),
  targetGroup: id('Kies een doelgroep uit de lijst.').optional().nullable(),
  urgency: z.enum(['normal', 'high', 'crisis'], 'Kies een urgentie.').default('normal'),
  hoursPerWeek: formNumber(
    z
      .number('Vul een aantal uren in.')
      .min(0, 'Uren per week kan niet negatief zijn.')
      .max(40, 'Hoogstens 40 uur per week.'),
  )
    .optional()
    .nullable(),
  wantedStart: z.iso.date('Vul een geldige startdatum in (jjjj-mm-dd).').optional().nullable(),
  context: z
    .string('De toelichting moet tekst zijn.')
    .trim()
    .max(3000, 'De toelichting is te lang (maximaal 3000 tekens).')
    .optional()
    .nullable()
    .superRefine(withoutClientData('De toelichting')),
  /** Staff file for any organisation; a coordinator always for their own. */
  organisation: id('Kies een bestaande organisatie.').optional(),
})

export type StartMatching = (requestId: string) => Promise<unknown>

/**
 * A coordinator files a request: parsed, checked for client data, stored with the
 * access rules of the user (own organisation only), then matching starts. If the
 * start fails the request stays a draft that can be submitted again.
 */
export async function submitRequest(
  payload: Payload,
  user: User | null,
  body: unknown,
  start: StartMatching,
): Promise<ActionResult<{ requestId: string }>> {
  if (!user || !hasRole(user, 'coordinator', 'admin'))
    return refused(403, 'Alleen coördinatoren van een organisatie kunnen een aanvraag doen.')
  const parsed = parseInput(requestBodySchema, body)
  if (!parsed.ok) return refused(400, parsed.message, parsed.errors)
  const unknown = await unknownReferences(payload, parsed.value)
  if (unknown) return refused(400, Object.values(unknown)[0]!, unknown)

  const organisation = hasRole(user, 'admin')
    ? (parsed.value.organisation ?? idOf(user.organisation))
    : idOf(user.organisation)
  if (!organisation)
    return refused(403, 'Je account is nog niet aan een organisatie gekoppeld; neem contact op met het platformteam.')

  const { organisation: _ignored, ...fields } = parsed.value
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
    if (status === 400) return refused(400, (error as Error).message, fieldErrorsOf(error))
    throw error
  }
  return startSubmitted(payload, requestId, start)
}

type RequestBody = z.output<typeof requestBodySchema>

/** Region, expertise, target group and organisation must exist, so a crafted request cannot link to nothing. */
async function unknownReferences(payload: Payload, body: RequestBody): Promise<Record<string, string> | null> {
  const count = async (collection: 'regions' | 'expertise' | 'organisations', ids: string[]) =>
    (await payload.count({ collection, where: { id: { in: [...new Set(ids)] } }, overrideAccess: true })).totalDocs ===
    new Set(ids).size
  if (!(await count('regions', [body.region]))) return { region: 'Kies een regio uit de lijst.' }
  if (!(await count('expertise', body.expertise))) return { expertise: 'Kies expertise uit de lijst.' }
  if (body.targetGroup && !(await count('expertise', [body.targetGroup])))
    return { targetGroup: 'Kies een doelgroep uit de lijst.' }
  if (body.organisation && !(await count('organisations', [body.organisation])))
    return { organisation: 'Kies een bestaande organisatie.' }
  return null
}

/** The per-field messages of a Payload ValidationError (e.g. the client-data hook). */
function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const fields = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors
  return fields?.length
    ? Object.fromEntries(fields.map((field) => [field.path ?? 'body', field.message ?? '']))
    : undefined
}

/** Starts matching for a stored request (again); starting twice is harmless. */
export async function startSubmitted(
  payload: Payload,
  requestId: string,
  start: StartMatching,
): Promise<ActionResult<{ requestId: string }>> {
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
    return refused(
      503,
      'Je aanvraag is opgeslagen als concept, maar het matchen kon nog niet starten. Probeer het over een paar minuten opnieuw vanaf de aanvraag.',
    )
  }
  return { ok: true, value: { requestId } }
}
