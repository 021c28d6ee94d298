import { afterAll, beforeAll, expect, it } from '@jest/globals'
import mongoose, { type ConnectOptions, type Connection } from 'mongoose'
import { dropDatabase } from '../helpers/payload'

/**
 * A test file whose process was starved of CPU for a while (CI: a red run whose tests all passed
 * failed in afterAll with "Connection operation buffering timed out after 10000ms" at the drop of
 * its database) must still drop its database when the database answers.
 */
const HEARTBEAT_MS = 500
let connection: Connection

beforeAll(async () => {
  connection = await mongoose
    .createConnection(`${process.env.TEST_MONGO_BASE_URL}/stale_heartbeat_${process.pid}`, {
      heartbeatFrequencyMS: HEARTBEAT_MS,
      // Mongoose reads it here too, though its type does not list it: a failure then says so in 2 s.
      bufferTimeoutMS: 2_000,
    } as ConnectOptions)
    .asPromise()
})

afterAll(() => connection.close())

it('drops the database after the process was busy for three heartbeat intervals', async () => {
  await connection.db!.collection('marks').insertOne({ mark: 1 })
  await new Promise((resolve) => connection.getClient().once('serverHeartbeatSucceeded', resolve))
  // The event loop is blocked, as in a jest worker that gets no CPU: no heartbeat meanwhile.
  const until = Date.now() + 3 * HEARTBEAT_MS
  while (Date.now() < until);

  await dropDatabase(connection)

  const databases = await connection.db!.admin().listDatabases()
  expect(databases.databases.map((db) => db.name)).not.toContain(connection.name)
})
