import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client'
import { NOT_YOUR_OFFER } from '../../workflows/matching/messages'

/** What the HTTP edge answers: a value, or a status with a Dutch message (and per-field errors). */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 403 | 404 | 409 | 503; message: string; errors?: Record<string, string> }

export const refused = (status: 400 | 403 | 404 | 409 | 503, message: string, errors?: Record<string, string>) => ({ ok: false as const, status, message, ...(errors ? { errors } : {}) })

/** Runs a workflow update; a validator's refusal becomes 409 (403 for someone else's offer), a missing run 404. */
export async function viaUpdate<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return refused(404, 'Er loopt geen matching (meer) voor deze aanvraag.')
    if (error instanceof WorkflowUpdateFailedError) {
      const message = error.cause?.message ?? 'Dit kon niet worden verwerkt.'
      return refused(message === NOT_YOUR_OFFER ? 403 : 409, message)
    }
    throw error
  }
}
