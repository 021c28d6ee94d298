import { ApplicationFailure } from '@temporalio/activity'
import { Forbidden, NotFound, ValidationError } from 'payload'
import { ZodError } from 'zod'
import { MemberUnreachableError, NoRecipientError } from '../../src/mail/recipients'
import { PERMANENT, type PermanentType } from './messages'

/** The permanent type of an activity's error, or undefined for a transient one (database, SMTP, network). */
export function permanentTypeOf(error: unknown): PermanentType | undefined {
  if (error instanceof NotFound) return PERMANENT.notFound
  if (error instanceof Forbidden) return PERMANENT.refused
  if (error instanceof ValidationError || error instanceof ZodError) return PERMANENT.invalid
  if (error instanceof MemberUnreachableError) return PERMANENT.memberUnreachable
  if (error instanceof NoRecipientError) return PERMANENT.noRecipient
  return undefined
}

type Activity = (...args: never[]) => Promise<unknown>

/**
 * Wraps every activity so that a permanent condition ends the attempt for good
 * (ApplicationFailure.nonRetryable with its type) instead of being retried until the
 * activity's bound; everything else is thrown as it is and retried.
 */
export function withClassifiedFailures<T extends Record<string, Activity>>(activities: T): T {
  const wrapped: Record<string, Activity> = {}
  for (const [name, activity] of Object.entries(activities)) {
    wrapped[name] = async (...args) => {
      try {
        return await activity(...args)
      } catch (error) {
        if (error instanceof ApplicationFailure) throw error
        const type = permanentTypeOf(error)
        if (!type) throw error
        throw ApplicationFailure.create({
          message: `${name}: ${error instanceof Error ? error.message : String(error)}`,
          type,
          nonRetryable: true,
          cause: error instanceof Error ? error : undefined,
        })
      }
    }
  }
  return wrapped as T
}
