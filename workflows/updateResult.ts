import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateStage } from '@temporalio/client'
import type { UpdateDefinition } from '@temporalio/common'
import { type ActionResult, refused } from '../src/actionResult'

export type Refusals = {
  /** The answer when no run (any more) has this id. */
  notFound: string
  /** Validator messages that mean "not yours to do": 403 instead of 409. */
  forbidden?: readonly string[]
  /** The message when a refusal carries none. */
  fallback?: string
}

/** How long the HTTP edge waits: for the run to accept an update, then for the update's work. */
export type UpdateDeadlines = { acceptMs: number; resultMs: number }
export const UPDATE_DEADLINES: UpdateDeadlines = { acceptMs: 10_000, resultMs: 20_000 }

export const STILL_PROCESSING = 'Je antwoord is ontvangen; het wordt verwerkt.'
// True in both cases: an answer the server holds is still carried out once a worker runs again.
export const NOT_REACHABLE =
  'Je antwoord kon nog niet worden bevestigd. Kijk over een paar minuten of het is verwerkt; zo niet, probeer het dan opnieuw.'

/** The update was accepted but its work (an activity that waits out a failure) still runs. */
class StillProcessing extends Error {}
/** The run did not accept the update in time (no worker, Temporal unreachable). */
class NotAccepted extends Error {}

/**
 * The one mapping of a workflow update or query to an HTTP answer, used by every process's
 * client.ts: a validator's refusal is 409 with its Dutch message (403 for the `forbidden` ones),
 * a missing run 404, an update accepted but still at work 202, one not accepted in time 503.
 * Anything else is thrown: the edge answers 500.
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
    if (error instanceof StillProcessing) return refused(202, STILL_PROCESSING)
    if (error instanceof NotAccepted) return refused(503, NOT_REACHABLE)
    throw error
  }
}

/**
 * Sends an update and waits for its outcome, never unbounded: the run must accept it within
 * `acceptMs` (else 503) and finish its work within `resultMs` (else 202: the run has it and goes on).
 */
export function sendUpdate<Ret, Arg>(
  client: Client,
  workflowId: string,
  update: UpdateDefinition<Ret, [Arg]>,
  args: [Arg],
  refusals: Refusals,
  deadlines: UpdateDeadlines = UPDATE_DEADLINES,
): Promise<ActionResult<Ret>> {
  return viaUpdate(async () => {
    const handle = client.workflow.getHandle(workflowId)
    const acceptBy = Date.now() + deadlines.acceptMs
    const started = await client
      .withDeadline(acceptBy, () => handle.startUpdate(update, { args, waitForStage: WorkflowUpdateStage.ACCEPTED }))
      .catch((error) => {
        if (error instanceof WorkflowNotFoundError || error instanceof WorkflowUpdateFailedError) throw error
        throw Date.now() >= acceptBy ? new NotAccepted(String(error)) : error
      })
    const stop = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        stop.abort()
        reject(new StillProcessing())
      }, deadlines.resultMs)
    })
    try {
      return await Promise.race([client.withAbortSignal(stop.signal, () => started.result()), late])
    } catch (error) {
      throw stop.signal.aborted ? new StillProcessing() : error
    } finally {
      clearTimeout(timer)
    }
  }, refusals)
}
