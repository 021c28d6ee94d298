import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client'
import { WorkflowIdReusePolicy } from '@temporalio/common'
import { config } from '../src/config'
import { type MemberApprovalInput, memberApprovalWorkflowId } from './member-approval/messages'
import { workflows } from './references'

let clientPromise: Promise<Client> | undefined

/** One Temporal client per process, connected on first use. */
export function temporalClient(): Promise<Client> {
  clientPromise ??= Connection.connect({ address: config.TEMPORAL_ADDRESS }).then(
    (connection) => new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
    (error) => {
      clientPromise = undefined
      throw error
    },
  )
  return clientPromise
}

/** Closes this process's Temporal connection, if one was opened (tests, shutdown). */
export async function closeTemporalClient(): Promise<void> {
  const client = await clientPromise?.catch(() => undefined)
  clientPromise = undefined
  await client?.connection.close()
}

/** Starts member approval; a second start for the same member is a no-op. */
export async function startMemberApproval(input: MemberApprovalInput, client?: Client): Promise<{ workflowId: string; alreadyRunning: boolean }> {
  const workflowId = memberApprovalWorkflowId(input.memberId)
  const temporal = client ?? (await temporalClient())
  try {
    await temporal.workflow.start(workflows.memberApproval, {
      taskQueue: config.TEMPORAL_TASK_QUEUE, workflowId, args: [input],
      // A member is decided once: even a finished run blocks a second one.
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    })
    return { workflowId, alreadyRunning: false }
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, alreadyRunning: true }
    throw error
  }
}

export const temporalUiLink = (workflowId: string) =>
  `${config.TEMPORAL_UI_URL}/namespaces/${config.TEMPORAL_NAMESPACE}/workflows/${encodeURIComponent(workflowId)}`
