import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { revocationProblem } from '../../src/domain/revocation'

type Revocation = { reason?: string | null; revokedAt?: string | null; revokedBy?: unknown }

/**
 * Staff revoke with a reason; who and when are set here, not typed. Once revoked a certificate
 * stays so: a person is told why not, a system write (a renewal, an expiry) keeps it revoked.
 */
export const certificateRevocation: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update') return data
  const before = originalDoc as { status?: string; revocation?: Revocation }
  const revocation = (data.revocation ?? {}) as Revocation
  const status = (data.status ?? before.status) as string | undefined
  const problem = revocationProblem({ before, after: { status, reason: revocation.reason } })
  if (problem && (req.user || before.status !== 'revoked')) {
    const error = new ValidationError({
      collection: collection.slug,
      req,
      errors: [{ path: before.status === 'revoked' ? 'status' : 'revocation.reason', message: problem }],
    })
    error.message = problem
    throw error
  }
  if (before.status === 'revoked') return { ...data, status: 'revoked', revocation: before.revocation }
  if (status !== 'revoked') return { ...data, revocation: before.revocation ?? null }
  return {
    ...data,
    revocation: {
      reason: revocation.reason!.trim(),
      revokedAt: new Date().toISOString(),
      revokedBy: req.user?.id ?? null,
    },
  }
}
