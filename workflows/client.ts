import { Client, Connection } from '@temporalio/client'
import { config } from '../src/config'

let clientPromise: Promise<Client> | undefined

/** One Temporal client per process, connected on first use; the process clients (<process>/client.ts) take it. */
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

export const temporalUiLink = (workflowId: string) =>
  `${config.TEMPORAL_UI_URL}/namespaces/${config.TEMPORAL_NAMESPACE}/workflows/${encodeURIComponent(workflowId)}`
