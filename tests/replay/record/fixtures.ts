import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Client } from '@temporalio/client'
import { historyToJSON } from '@temporalio/common/lib/proto-utils'
import { eventually } from '../../helpers/eventually'

export const historiesDir = fileURLToPath(new URL('../histories', import.meta.url))

/**
 * Writes the history of one run as `tests/replay/histories/<workflowType>/<name>.json`:
 * the JSON that `historyFromJSON` reads (what `temporal workflow show -o json` prints), plus
 * the workflow id, which replay needs because workflows use it (child ids, references).
 * A fixture that exists is never replaced: it is the history of runs already out there.
 */
export async function saveHistory(
  client: Client,
  name: string,
  workflowId: string,
  runId?: string,
  { finished = true } = {},
) {
  const handle = client.workflow.getHandle(workflowId, runId)
  // A finished run is recorded whole; otherwise wait until no workflow task is pending.
  const description = await eventually(
    async () => {
      const d = await handle.describe()
      if (finished) return d.status.name !== 'RUNNING' ? d : null
      return d.raw.pendingWorkflowTask ? null : d
    },
    30_000,
    `${workflowId} ${finished ? 'closed' : 'idle'}`,
  )
  const file = path.join(historiesDir, description.type, `${name}.json`)
  if (existsSync(file)) {
    console.log(`kept ${path.relative(process.cwd(), file)} (fixtures are never replaced; record under a new name)`)
    return file
  }
  const history = await client.workflow.getHandle(workflowId, description.runId).fetchHistory()
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, fixtureText(workflowId, JSON.parse(historyToJSON(history)).events))
  console.log(
    `wrote ${path.relative(process.cwd(), file)}: ${history.events?.length} events, ${description.status.name}`,
  )
  return file
}

/** One event per line: small, and a diff shows which events differ. */
export const fixtureText = (workflowId: string, events: unknown[]) =>
  `{"workflowId": ${JSON.stringify(workflowId)}, "events": [\n${events.map((event) => JSON.stringify(event)).join(',\n')}\n]}\n`
