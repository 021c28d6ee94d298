import { type Client, WorkflowNotFoundError } from '@temporalio/client'
import type { Payload } from 'payload'
import { type CertificationProgress, certificationWorkflowId, progressQuery } from '../../workflows/certification/messages'

/**
 * Progress of one enrolment for a user who may read it (access rules apply): the
 * live `progress` query, or the last state saved on the document when the run has
 * closed or Temporal cannot be reached.
 */
export async function certificationProgress(payload: Payload, client: Client, user: object, enrollmentId: string): Promise<CertificationProgress | null> {
  const readable = await payload
    .findByID({ collection: 'enrollments', id: enrollmentId, depth: 0, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)
  if (!readable) return null
  try {
    return await client.workflow.getHandle(certificationWorkflowId(enrollmentId)).query(progressQuery)
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) console.warn(`certification: progress query of ${enrollmentId} failed, using the saved state`, error)
    return (readable.progress as CertificationProgress | null) ?? null
  }
}
