import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Client } from '@temporalio/client'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import { workflows } from '../../workflows/references'
import * as registered from '../../workflows/workflows'
import { devServerEnvironment } from '../helpers/temporal'

let env: TestWorkflowEnvironment

beforeAll(async () => {
  env = await devServerEnvironment()
})

afterAll(async () => {
  await env?.teardown()
})

describe('workflow references', () => {
  it('name every workflow the worker registers by the name it registers it under', () => {
    for (const name of Object.keys(registered)) expect(workflows[name as keyof typeof registered].name).toBe(name)
  })

  it('start the registered workflow type on a real server', async () => {
    const workflowId = `reference-check-${Date.now().toString(36)}`
    // No worker polls this queue: the run is only started, described and terminated.
    const handle = await env.client.workflow.start(workflows.memberApproval, {
      taskQueue: `no-worker-${workflowId}`,
      workflowId,
      args: [{ memberId: 'm-1' }],
    })
    try {
      expect((await handle.describe()).type).toBe('memberApproval')
    } finally {
      await handle.terminate('reference check')
    }
  })
})

/** Never called: `npm run typecheck` proves the arguments are checked at the client. */
export function argumentsAreTypeChecked(client: Client) {
  // @ts-expect-error matching takes { requestId }, not a bare id
  void client.workflow.start(workflows.matching, { taskQueue: 'q', workflowId: 'w', args: ['request-1'] })
  // @ts-expect-error the worker registers no workflow by this name
  void client.workflow.start(workflows.matchingg, { taskQueue: 'q', workflowId: 'w', args: [] })
}
