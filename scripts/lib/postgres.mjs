import { chownSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { StartError } from './progress.mjs'
import { run, which } from './run.mjs'
import { aptInstall } from './tools.mjs'

/**
 * PostgreSQL as FerretDB's storage (FERRETDB_BACKEND=postgresql, the benchmarks' default).
 * FerretDB's SQLite backend filters every query but `{_id: value}` in Go after reading the
 * whole collection; on PostgreSQL it pushes equality filters down (measured on 10,000
 * documents: `{_id: {$eq}}` 948 → 15 ms, `{region: x}` 1,783 → 97 ms).
 */

/** The folder with initdb and postgres: Debian's /usr/lib/postgresql/<version>/bin, else PATH. */
function findPostgresBin() {
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    const newest = readdirSync(debian)
      .filter((v) => existsSync(path.join(debian, v, 'bin/postgres')))
      .sort((a, b) => Number(b) - Number(a))[0]
    if (newest) return path.join(debian, newest, 'bin')
  }
  const onPath = which('postgres')
  return onPath && which('initdb') ? path.dirname(onPath) : null
}

export async function ensurePostgres() {
  const found = findPostgresBin()
  if (found) return found
  if (await aptInstall('postgresql', 'PostgreSQL')) {
    const installed = findPostgresBin()
    if (installed) return installed
  }
  throw new StartError(
    'PostgreSQL ontbreekt voor FERRETDB_BACKEND=postgresql: installeer het (apt-get install postgresql) of laat FERRETDB_BACKEND weg voor SQLite.',
  )
}

/** PostgreSQL refuses to run as root: as root, its files and process belong to the `postgres` user. */
const asPostgresUser = (command, args) =>
  process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]

/** Creates the cluster on first use (trust auth, loopback only); returns how to start the server. */
export async function preparePostgres(bin, dataDir, port) {
  const cluster = path.join(dataDir, 'postgres')
  const socketDir = path.join(dataDir, 'postgres-socket')
  mkdirSync(socketDir, { recursive: true })
  if (process.getuid?.() === 0) chownSync(socketDir, ...postgresIds())
  if (!existsSync(path.join(cluster, 'PG_VERSION'))) {
    mkdirSync(cluster, { recursive: true })
    if (process.getuid?.() === 0) chownSync(cluster, ...postgresIds())
    await run(
      ...asPostgresUser(path.join(bin, 'initdb'), [
        '-D',
        cluster,
        '-A',
        'trust',
        '-U',
        'postgres',
        '-E',
        'UTF8',
        '--no-instructions',
      ]),
    )
  }
  const [command, args] = asPostgresUser(path.join(bin, 'postgres'), [
    '-D',
    cluster,
    '-p',
    String(port),
    '-k',
    socketDir,
    '-c',
    'listen_addresses=127.0.0.1',
  ])
  return { command, args, url: `postgres://postgres@127.0.0.1:${port}/postgres` }
}

/** The uid and gid of the `postgres` user that Debian's package creates. */
function postgresIds() {
  const entry = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((line) => line.startsWith('postgres:'))
  if (!entry)
    throw new StartError('De gebruiker "postgres" ontbreekt: installeer PostgreSQL met apt-get (dat maakt hem aan).')
  const [, , uid, gid] = entry.split(':')
  return [Number(uid), Number(gid)]
}
