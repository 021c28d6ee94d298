import { getPayload, type Payload } from 'payload'
import config from '../../cms/payload.config'

/** Payload on this test file's own database (see tests/setup/env.ts). */
export function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

/** Drops this test file's database and closes the connection. */
export async function dropTestDatabase(payload: Payload): Promise<void> {
  const connection = (payload.db as unknown as { connection: { dropDatabase(): Promise<unknown> } }).connection
  await connection.dropDatabase()
  await payload.destroy()
}
