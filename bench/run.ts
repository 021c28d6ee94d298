/**
 * `npm run bench -- <name>`: starts fresh local services on benchmark ports, runs
 * bench/<name>.ts against them, writes bench/results/<name>.json and prints its
 * BENCH line last. Not part of `npm test`: numbers here are ratios against a
 * baseline measured in the same run, never timed assertions.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { StartError, stage } from '../scripts/lib/progress.mjs'
import { ferretdbBackend, startLocalServices, stopAll, stopLeftovers } from '../scripts/lib/services.mjs'
import { ensureFerretdb, ensureTemporal, root } from '../scripts/lib/tools.mjs'

export type BenchResult = { summary: Record<string, number | string>; details: Record<string, unknown> }
export type Benchmark = () => Promise<BenchResult>

const name = process.argv[2]
const file = name ? path.join(root, 'bench', `${name}.ts`) : ''
if (!name || !existsSync(file) || name === 'run' || name === 'lib') {
  console.error(`Gebruik: npm run bench -- <naam>, met een van de bestanden in bench/ (bijv. matching).`)
  process.exit(2)
}

// BENCH_PORT_OFFSET lets two benchmarks run side by side (each with its own services).
const offset = Number(process.env.BENCH_PORT_OFFSET ?? 0)
const ports = {
  mongo: 27037 + offset,
  postgres: 55442 + offset,
  temporal: 7253 + offset,
  temporalUi: 8253 + offset,
  temporalHeadless: true,
  smtp: 1045 + offset,
  mailUi: 8045 + offset,
}
const dataDir = path.join(root, offset ? `.data/bench-${offset}` : '.data/bench')
let exitCode = 1
try {
  // The config module reads these on import, so they are set before the benchmark loads.
  Object.assign(process.env, {
    DATABASE_URL: `mongodb://127.0.0.1:${ports.mongo}/bench`,
    TEMPORAL_ADDRESS: `127.0.0.1:${ports.temporal}`,
    TEMPORAL_TASK_QUEUE: `bench-${name}`,
    SMTP_PORT: String(ports.smtp),
    MAIL_CATCHER_URL: `http://127.0.0.1:${ports.mailUi}`,
  })
  // Loaded before any service runs: should the import never settle (see scripts/ts.mjs), the
  // process then exits 13 and is started again, instead of waiting forever next to its services.
  const benchmark = (await import(file)).default as Benchmark
  const [temporal, ferretdb] = await Promise.all([ensureTemporal(), ensureFerretdb()])
  await stopLeftovers(dataDir)
  rmSync(dataDir, { recursive: true, force: true })
  // PostgreSQL unless FERRETDB_BACKEND=sqlite: on SQLite FerretDB reads whole collections for most filters.
  const backend = ferretdbBackend('postgresql')
  await startLocalServices({
    tools: { temporal, ferretdb },
    ports,
    dataDir,
    logDir: path.join(dataDir, 'logs'),
    backend,
  })
  stage(`Benchmark ${name}…`)
  const result = await benchmark()
  mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  writeFileSync(
    path.join(root, 'bench/results', `${name}.json`),
    `${JSON.stringify({ name, at: new Date().toISOString(), database: `FerretDB 1.24 on ${backend}`, ...result }, null, 2)}\n`,
  )
  const line = Object.entries(result.summary)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')
  console.log(`BENCH ${name} ${line}`)
  exitCode = 0
} catch (error) {
  console.error(error instanceof StartError ? error.message : error)
} finally {
  await stopAll()
}
process.exit(exitCode)
