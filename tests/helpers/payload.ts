import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'
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
  return getPayload({ config: { ...(await config), logger } })
}

/** Drops this test file's database and closes the connection. */
export async function dropTestDatabase(payload: Payload): Promise<void> {
  const connection = (payload.db as unknown as { connection: { dropDatabase(): Promise<unknown> } }).connection
  await connection.dropDatabase()
  await payload.destroy()
}
