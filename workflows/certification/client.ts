import { type Client, WorkflowNotFoundError } from '@temporalio/client'
import type { UpdateDefinition } from '@temporalio/common'
import type { ActionResult } from '../../src/actionResult'
import { OTHER_THERAPIST } from '../../src/domain/certificationRules'
import { config } from '../../src/config'
import { temporalClient } from '../client'
import { workflows } from '../references'
import { type Started, startOnce } from '../startOnce'
import { sendUpdate } from '../updateResult'
import { type CertificationProgress, certificationWorkflowId, progressQuery } from './messages'

/** Starts the certification of one enrolment; one path per enrolment, so a second start (even after the end) is a no-op. */
export async function startCertification(
  enrollmentId: string,
  client?: Client,
  taskQueue = config.TEMPORAL_TASK_QUEUE,
): Promise<Started> {
  return startOnce(client ?? (await temporalClient()), workflows.certification, {
    taskQueue,
    workflowId: certificationWorkflowId(enrollmentId),
    args: [{ enrollmentId }],
  })
}

const refusals = { notFound: 'Deze inschrijving loopt niet (meer).', forbidden: [OTHER_THERAPIST] }

/** Sends one of the certification updates (messages.ts) to the enrolment's run; a refusal becomes its HTTP answer. */
export function updateCertification<Arg>(
  client: Client,
  enrollmentId: string,
  update: UpdateDefinition<CertificationProgress, [Arg]>,
  arg: Arg,
): Promise<ActionResult<CertificationProgress>> {
  return sendUpdate(client, certificationWorkflowId(enrollmentId), update, [arg], refusals)
}

/** The run's live progress, or null when it has closed or Temporal cannot be asked (then logged). */
export async function liveProgress(client: Client, enrollmentId: string): Promise<CertificationProgress | null> {
  try {
    return await client.workflow.getHandle(certificationWorkflowId(enrollmentId)).query(progressQuery)
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError))
      console.warn(`certification: progress query of ${enrollmentId} failed, using the saved state`, error)
    return null
  }
}
