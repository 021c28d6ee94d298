import type { Client } from '@temporalio/client'
import type { Payload } from 'payload'
import { liveProgress } from '../../../workflows/certification/client'
import type { CertificationProgress } from '../../../workflows/certification/messages'

/**
 * Progress of one enrolment for a user who may read it (access rules apply): the
 * live `progress` query, or the last state saved on the document when the run has
 * closed or Temporal cannot be reached.
 */
export async function certificationProgress(
  payload: Payload,
  client: Client,
  user: object,
  enrollmentId: string,
): Promise<CertificationProgress | null> {
  const readable = await payload
    .findByID({
      collection: 'enrollments',
      id: enrollmentId,
      depth: 0,
      overrideAccess: false,
      user,
      disableErrors: true,
    })
    .catch(() => null)
  if (!readable) return null
  return (await liveProgress(client, enrollmentId)) ?? (readable.progress as CertificationProgress | null) ?? null
}
