import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client'
import { type ActionResult, refused } from '../src/actionResult'

export type Refusals = {
  /** The answer when no run (any more) has this id. */
  notFound: string
  /** Validator messages that mean "not yours to do": 403 instead of 409. */
  forbidden?: readonly string[]
  /** The message when a refusal carries none. */
  fallback?: string
}

/**
 * The one mapping of a workflow update or query to an HTTP answer, used by every process's
 * client.ts: a validator's refusal is 409 with its Dutch message (403 for the `forbidden` ones),
 * a missing run 404. Anything else (Temporal unreachable) is thrown: the edge answers 503 or 500.
 */
export async function viaUpdate<T>(run: () => Promise<T>, refusals: Refusals): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return refused(404, refusals.notFound)
    if (error instanceof WorkflowUpdateFailedError) {
      const message = error.cause?.message || refusals.fallback || 'Dit kon niet worden verwerkt.'
      return refused(refusals.forbidden?.includes(message) ? 403 : 409, message)
    }
    throw error
  }
}
