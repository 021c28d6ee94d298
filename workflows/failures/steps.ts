import {
  ActivityFailure,
  ApplicationFailure,
  isCancellation,
  patched,
  proxyActivities,
  sleep,
  workflowInfo,
} from '@temporalio/workflow'
import type { EndedRun, StuckStep, createFailureActivities } from './activities'
import { PERMANENT } from './messages'

/**
 * Patch: an activity that fails for good, or keeps failing past its bound, no longer fails the
 * run. Only paths after such a failure carry the marker, so histories without failures replay.
 */
export const FAILURES_HANDLED = 'permanent-failures-handled'

const staff = proxyActivities<ReturnType<typeof createFailureActivities>>({
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute' },
})

/** The type of a permanent (non-retryable) activity failure, else undefined. */
export function permanentType(error: unknown): string | undefined {
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure && error.cause.nonRetryable)
    return error.cause.type ?? 'Permanent'
  return undefined
}

/** Permanent failures of a step about one therapist that mean: go on without them. */
export const isMemberGone = (type: string | undefined) =>
  type === PERMANENT.notFound || type === PERMANENT.memberUnreachable

/** Permanent failures that mean: what the run works on (a member, an article) is deleted. */
export const isSubjectGone = (type: string | undefined) =>
  type === PERMANENT.notFound || type === 'MemberNotFound' || type === 'ArticleNotFound'

type Duration = Parameters<typeof sleep>[0]

/** True when this failure is to be handled, false for runs recorded before the patch (they failed). */
export const handleFailure = (error: unknown) =>
  error instanceof ActivityFailure && !isCancellation(error) && patched(FAILURES_HANDLED)

export type DurableOptions = {
  process: StuckStep['process']
  /** Per permanent type: 'throw' when the caller handles it (matching skips the candidate), else 'wait'. */
  onPermanent: (type: string) => 'throw' | 'wait'
  /** How long to wait before trying a step again after its bound ran out (transient) or it failed for good. */
  transientPause: Duration
  permanentPause: Duration
  /** Called each time a step has to wait, e.g. to show it in the run's timeline. */
  onWait?: (step: string, permanent: boolean) => void
}

/**
 * Activities whose failures never end the run: after a permanent failure or an exhausted bound
 * the platform team is told once, the run waits (a timer, never a hot loop) and tries the step
 * again, so a database down for an evening or a member restored by staff lets the run go on.
 */
export function durable<T extends object>(activities: T, options: DurableOptions): T {
  return new Proxy(activities, {
    get(target, name) {
      const activity = (target as Record<string | symbol, (...args: unknown[]) => Promise<unknown>>)[name]
      return (...args: unknown[]) => runDurably(String(name), () => activity(...args), options)
    },
  })
}

async function runDurably<R>(step: string, run: () => Promise<R>, options: DurableOptions): Promise<R> {
  let since: string | undefined
  let told = false
  for (;;) {
    try {
      return await run()
    } catch (error) {
      const type = permanentType(error)
      const permanent = type !== undefined
      if (type && options.onPermanent(type) === 'throw') throw error
      if (!handleFailure(error)) throw error
      since ??= new Date().toISOString()
      options.onWait?.(step, permanent)
      if (!told) {
        const stuck: StuckStep = {
          process: options.process,
          workflowId: workflowInfo().workflowId,
          step,
          permanent,
          error: errorText(error),
          since,
        }
        // Telling staff may fail too (the mail server is down): then the next wait tries again.
        told = await staff.tellStaffOfStuckStep(stuck).then(
          () => true,
          () => false,
        )
      }
      await sleep(permanent ? options.permanentPause : options.transientPause)
    }
  }
}

/**
 * For a run whose subject is gone for good (onPermanent 'throw' for `isSubjectGone`): true when the
 * run is to end with a reason, after the platform team is told once; false for other failures and
 * for runs recorded before the patch (they failed), which the caller throws on.
 */
export async function endsBecauseGone(error: unknown, ended: Omit<EndedRun, 'workflowId' | 'error'>): Promise<boolean> {
  if (!isSubjectGone(permanentType(error)) || !handleFailure(error)) return false
  // The run ends either way: a mail server down for longer than the bound must not keep it open.
  await staff
    .tellStaffOfEndedRun({ ...ended, workflowId: workflowInfo().workflowId, error: errorText(error) })
    .catch(() => undefined)
  return true
}

const errorText = (error: unknown) =>
  error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
