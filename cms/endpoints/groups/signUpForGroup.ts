import type { Client } from '@temporalio/client'
import type { Payload } from 'payload'
import { z } from 'zod'
import { SLOTS } from '../../../src/domain/availability'
import { joinPool } from '../../../workflows/group-formation/client'
import { formationWorkflowId } from '../../../workflows/group-formation/messages'
import { DOCUMENT_ID, parseInput } from '../../../src/domain/parseInput'
import { GROUP_THEME_VALUES } from '../../../src/groups/themes'

export const groupSignUpSchema = z.object({
  kind: z.enum(['supervision', 'intervision'], 'Kies supervisie of intervisie.'),
  region: z.string('Kies een regio.').regex(DOCUMENT_ID, 'Kies een regio uit de lijst.'),
  theme: z.enum(GROUP_THEME_VALUES, 'Kies een thema.'),
  availability: z
    .array(z.enum(SLOTS as [string, ...string[]], 'Onbekend dagdeel.'), 'Kies minstens één dagdeel.')
    .min(1, 'Kies minstens één dagdeel waarop je kunt.'),
  onlineAllowed: z.boolean('Geef aan of online ook mag (true of false).').default(true),
})
export type GroupSignUpInput = z.input<typeof groupSignUpSchema>

export type GroupSignUpResult =
  | { ok: true; signupId: string; workflowId: string }
  | { ok: false; status: 400 | 403 | 404 | 409; message: string; errors?: Record<string, string> }

/**
 * A therapist joins the pool of kind + region + theme: the sign-up document is the
 * record (its unique key keeps one active sign-up per pool), signal-with-start puts it
 * in the one formation workflow of that pool, starting it if needed. If Temporal
 * refuses, the document is removed again: nothing is half-written.
 */
export async function signUpForGroup(
  payload: Payload,
  client: Client,
  memberId: string,
  body: unknown,
  now = new Date(),
): Promise<GroupSignUpResult> {
  const parsed = parseInput(groupSignUpSchema, body)
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message, errors: parsed.errors }
  const input = parsed.value
  const member = await payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!member) return { ok: false, status: 404, message: 'Je behandelaarsprofiel is niet gevonden.' }
  if (member.status !== 'active')
    return {
      ok: false,
      status: 403,
      message: 'Je kunt je aanmelden voor een groep zodra je aanmelding als behandelaar is goedgekeurd.',
    }
  const region = await payload.findByID({
    collection: 'regions',
    id: input.region,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!region)
    return {
      ok: false,
      status: 400,
      message: 'Deze regio bestaat niet.',
      errors: { region: 'Kies een regio uit de lijst.' },
    }

  const workflowId = formationWorkflowId({ kind: input.kind, regionId: input.region, theme: input.theme })
  const signedUpAt = now.toISOString()
  let signupId: string
  try {
    const signup = await payload.create({
      collection: 'group-signups',
      data: {
        member: memberId,
        kind: input.kind,
        region: input.region,
        theme: input.theme,
        availability: input.availability as never,
        onlineAllowed: input.onlineAllowed,
        status: 'waiting',
        signedUpAt,
        formationWorkflowId: workflowId,
        activeKey: `${memberId}:${workflowId}`,
      },
      overrideAccess: true,
      context: { actor: `group-sign-up (${memberId})` },
    })
    signupId = String(signup.id)
  } catch (error) {
    if (await hasActiveSignup(payload, `${memberId}:${workflowId}`))
      return { ok: false, status: 409, message: 'Je staat al op de wachtlijst voor deze groep.' }
    throw error
  }

  try {
    await joinPool(
      client,
      { kind: input.kind, regionId: input.region, theme: input.theme },
      { signupId, memberId, availability: input.availability, onlineAllowed: input.onlineAllowed, signedUpAt },
    )
  } catch (error) {
    await payload.delete({ collection: 'group-signups', id: signupId, overrideAccess: true })
    throw error
  }
  return { ok: true, signupId, workflowId }
}

async function hasActiveSignup(payload: Payload, activeKey: string) {
  const found = await payload.find({
    collection: 'group-signups',
    where: { activeKey: { equals: activeKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.totalDocs > 0
}
