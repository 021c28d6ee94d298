import { Context } from '@temporalio/activity'
import type { TestWorkerOptions } from './temporal'

export type HeldActivity = {
  /** For the test's worker: holds every attempt of the activity at the worker's edge until released. */
  interceptors: NonNullable<TestWorkerOptions['interceptors']>
  /** Resolves once an attempt of the activity has started and is being held. */
  reached: Promise<void>
  release(): void
}

/**
 * Holds one activity type before it runs, so a test can make it slow at a moment it chooses:
 * a real edge of the real worker (an activity inbound interceptor), the activity itself then runs
 * unchanged against the real database.
 */
export function holdActivity(activityType: string): HeldActivity {
  let reached!: () => void
  let release!: () => void
  const reachedPromise = new Promise<void>((resolve) => (reached = resolve))
  const released = new Promise<void>((resolve) => (release = resolve))
  return {
    reached: reachedPromise,
    release,
    interceptors: {
      activity: [
        (context: Context) => ({
          inbound: {
            async execute(input, next) {
              if (context.info.activityType === activityType) {
                reached()
                await released
              }
              return next(input)
            },
          },
        }),
      ],
    },
  }
}
