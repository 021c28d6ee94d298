import type { Client } from '@temporalio/client'
import type { ActionResult } from '../../src/actionResult'
import { config } from '../../src/config'
import { temporalClient } from '../client'
import { workflows } from '../references'
import { signalWithStartOnce } from '../signalWithStart'
import { sendUpdate } from '../updateResult'
import {
  type FormationKey,
  type PoolEntry,
  type WithdrawRequest,
  formationStateQuery,
  formationWorkflowId,
  signUpSignal,
  withdrawUpdate,
} from './messages'

/** Puts a sign-up in the one formation workflow of its pool (kind + region + theme), starting it if needed. */
export async function joinPool(client: Client, pool: FormationKey, entry: PoolEntry): Promise<{ workflowId: string }> {
  const workflowId = formationWorkflowId(pool)
  await signalWithStartOnce(() =>
    client.workflow.signalWithStart(workflows.groupFormation, {
      workflowId,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [pool],
      signal: signUpSignal,
      signalArgs: [entry],
    }),
  )
  return { workflowId }
}

/** Takes a waiting sign-up out of its pool. */
export const leavePool = (
  client: Client,
  formationWorkflowId: string,
  request: WithdrawRequest,
): Promise<ActionResult<{ withdrawn: true; poolSize: number }>> =>
  sendUpdate(client, formationWorkflowId, withdrawUpdate, [request], {
    notFound: 'Deze wachtlijst bestaat niet meer.',
  })

export type PoolPosition = { position: number; poolSize: number; stillNeeded: number; deadline: string | null }

/**
 * Where each waiting sign-up stands in its pool, read from the formation workflows'
 * query (one query per pool). A pool that cannot be asked just shows no position.
 */
export async function poolPositions(
  signups: readonly { id: string | number; formationWorkflowId?: string | null }[],
): Promise<Map<string, PoolPosition>> {
  const positions = new Map<string, PoolPosition>()
  const workflowIds = [...new Set(signups.map((s) => s.formationWorkflowId).filter((id): id is string => Boolean(id)))]
  if (workflowIds.length === 0) return positions
  const client = await temporalClient().catch(() => null)
  if (!client) return positions
  await Promise.all(
    workflowIds.map(async (workflowId) => {
      const state = await client.workflow
        .getHandle(workflowId)
        .query(formationStateQuery)
        .catch(() => null)
      if (!state) return
      for (const entry of state.pool) {
        positions.set(entry.signupId, {
          position: entry.position,
          poolSize: state.pool.length,
          stillNeeded: state.stillNeeded,
          deadline: state.deadline,
        })
      }
    }),
  )
  return positions
}

export type PoolSummary = {
  regionId: string
  theme: string
  waiting: number
  stillNeeded: number
  deadline: string | null
}

/**
 * The supervision pools of these regions that have sign-ups waiting, as counts only (no
 * one's name or place): one query per region and theme, a pool that does not run is left out.
 */
export async function supervisionPools(
  client: Client | null,
  regionIds: readonly string[],
  themes: readonly string[],
): Promise<PoolSummary[]> {
  if (!client || regionIds.length === 0) return []
  const keys = regionIds.flatMap((regionId) =>
    themes.map((theme) => ({ kind: 'supervision' as const, regionId, theme })),
  )
  const states = await Promise.all(
    keys.map((key) =>
      client.workflow
        .getHandle(formationWorkflowId(key))
        .query(formationStateQuery)
        .catch(() => null),
    ),
  )
  return states.flatMap((state, index) =>
    state && state.pool.length > 0
      ? [
          {
            regionId: keys[index]!.regionId,
            theme: keys[index]!.theme,
            waiting: state.pool.length,
            stillNeeded: state.stillNeeded,
            deadline: state.deadline,
          },
        ]
      : [],
  )
}
