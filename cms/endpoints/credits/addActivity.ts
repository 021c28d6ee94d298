import type { Payload } from 'payload'
import { type ActionResult, refused } from '../../../src/actionResult'
import { creditActivitySchema } from '../../../src/domain/creditActivitySchema'
import { parseInput } from '../../../src/domain/parseInput'

type UserLike = { id: string | number; roles?: readonly string[] | null; collection?: string }

/**
 * The holder adds an activity (pending until a trainer or staff decides). Parsed here with Dutch
 * per-field messages; the create runs under the holder's own access rules, and the owner hook
 * refuses another's certificate, so a refused add writes nothing.
 */
export async function addCreditActivity(
  payload: Payload,
  user: UserLike | null,
  raw: unknown,
): Promise<ActionResult<{ id: string }>> {
  if (!user) return refused(401, 'Log in om dit te doen.')
  const parsed = parseInput(creditActivitySchema, raw)
  if (!parsed.ok) return refused(400, parsed.message, parsed.errors)
  const input = parsed.value
  try {
    const created = await payload.create({
      collection: 'credit-activities',
      // member, training and status are the owner hook's to set (field access drops what is sent).
      data: { ...input, date: new Date(input.date).toISOString(), status: 'pending' },
      overrideAccess: false,
      user: user as never,
      depth: 0,
    })
    return { ok: true, value: { id: String(created.id) } }
  } catch (error) {
    const status = (error as { status?: number }).status
    const message = error instanceof Error ? error.message : ''
    if (status === 403) return refused(403, 'Alleen de houder van een certificaat voegt er activiteiten aan toe.')
    if (status === 400 && message) {
      // The owner hook names the field it refuses (certificate or date).
      const fields = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors ?? []
      const errors = Object.fromEntries(fields.map((field) => [field.path ?? 'certificate', field.message ?? message]))
      return refused(400, message, Object.keys(errors).length > 0 ? errors : { certificate: message })
    }
    throw error
  }
}
