import { temporalClient } from '../../workflows/client'
import { formationStateQuery } from '../../workflows/group-formation/messages'

export type PoolPosition = { position: number; poolSize: number; stillNeeded: number; deadline: string | null }

/**
 * Where each waiting sign-up stands in its pool, read from the formation workflows'
 * query (one query per pool). A pool that cannot be asked just shows no position.
 */
export async function poolPositions(signups: readonly { id: string | number; formationWorkflowId?: string | null }[]): Promise<Map<string, PoolPosition>> {
  const positions = new Map<string, PoolPosition>()
  const workflowIds = [...new Set(signups.map((s) => s.formationWorkflowId).filter((id): id is string => Boolean(id)))]
  if (workflowIds.length === 0) return positions
  const client = await temporalClient().catch(() => null)
  if (!client) return positions
  await Promise.all(
    workflowIds.map(async (workflowId) => {
      const state = await client.workflow.getHandle(workflowId).query(formationStateQuery).catch(() => null)
      if (!state) return
      for (const entry of state.pool) {
        positions.set(entry.signupId, { position: entry.position, poolSize: state.pool.length, stillNeeded: state.stillNeeded, deadline: state.deadline })
      }
    }),
  )
  return positions
}
