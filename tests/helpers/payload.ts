import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Connection } from 'mongoose'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import config from '../../cms/payload.config'

/**
 * Payload on this test file's own database (see tests/setup/env.ts). Its log goes to a file per
 * jest worker: errors the tests provoke on purpose (Temporal down during a sign-up) are logged
 * with their stack by the code under test and would bury the test results.
 */
export async function testPayload(): Promise<Payload> {
  const logDir = process.env.TEST_LOG_DIR ?? '.data/test/logs'
  mkdirSync(logDir, { recursive: true })
  const destination = createWriteStream(path.join(logDir, `payload-${process.pid}.log`), { flags: 'a' })
  // The sanitized config's type requires every pino option; Payload fills in the rest itself.
  const logger = { options: { level: 'info' }, destination } as unknown as SanitizedConfig['logger']
  const payload = await getPayload({ config: { ...(await config), logger } })
  logConnectionTrouble(connectionOf(payload), (line) => destination.write(`${new Date().toISOString()} ${line}\n`))
  return payload
}

/** Drops this test file's database and closes the connection. */
export async function dropTestDatabase(payload: Payload): Promise<void> {
  await dropDatabase(connectionOf(payload))
  await payload.destroy()
}

/**
 * Through the driver, not mongoose's `connection.dropDatabase()`: mongoose 8 calls a connection
 * disconnected when its last heartbeat is older than two heartbeat intervals (a jest worker starved
 * of CPU gets there), queues its connection helpers until the server's description *changes*, which
 * it does not when the next heartbeat succeeds, and fails them after 10 s with "buffering timed out"
 * while the database answers (Automattic/mongoose#16183, fixed in mongoose 9; Payload pins 8.24).
 */
export async function dropDatabase(connection: Connection): Promise<void> {
  await connection.db!.dropDatabase()
}

function connectionOf(payload: Payload): Connection {
  return (payload.db as unknown as { connection: Connection }).connection
}

/** Failed and late heartbeats in the Payload log: the first place to look when a file finds its database gone. */
function logConnectionTrouble(connection: Connection, log: (line: string) => void) {
  const client = connection.getClient()
  let lastBeat = Date.now()
  client.on('serverHeartbeatSucceeded', () => {
    const sinceLast = Date.now() - lastBeat
    lastBeat = Date.now()
    if (sinceLast > 15_000) log(`database heartbeat ${sinceLast} ms after the one before (every 10 s expected)`)
  })
  client.on('serverHeartbeatFailed', ({ failure }) => log(`database heartbeat failed: ${failure?.message}`))
  client.on('serverDescriptionChanged', ({ previousDescription, newDescription }) =>
    log(`database ${previousDescription.type} -> ${newDescription.type} ${newDescription.error?.message ?? ''}`),
  )
}
