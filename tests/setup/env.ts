/**
 * Runs before each test file (jest setupFiles), before any module reads the config:
 * every test file gets a database of its own on the test FerretDB.
 */
const base = process.env.TEST_MONGO_BASE_URL
if (!base) {
  throw new Error('TEST_MONGO_BASE_URL is not set: run the tests with `npm test`, which starts the test services.')
}
const databaseName = `test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
process.env.DATABASE_URL = `${base}/${databaseName}`
// 32+ characters: the browser tests' web server runs in production mode, which demands that.
process.env.PAYLOAD_SECRET ??= 'test-secret-for-jest-only-not-for-use-elsewhere'
process.env.PUBLIC_URL ??= 'http://localhost:3999'
process.env.TEMPORAL_TASK_QUEUE = `test-${databaseName}`
