import net from 'node:net'
import { config } from './config'

/** Whether the services the web process needs answer on their ports. */
export async function readiness() {
  const temporal = config.TEMPORAL_ADDRESS.split(':')
  const database = new URL(config.DATABASE_URL.replace(/^mongodb(\+srv)?:/, 'http:'))
  const [databaseUp, temporalUp, mailUp] = await Promise.all([
    reachable(database.hostname, Number(database.port || 27017)),
    reachable(temporal[0]!, Number(temporal[1] ?? 7233)),
    reachable(config.SMTP_HOST, config.SMTP_PORT),
  ])
  return { ready: databaseUp && temporalUp && mailUp, database: databaseUp, temporal: temporalUp, mail: mailUp }
}

function reachable(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (up: boolean) => {
      socket.destroy()
      resolve(up)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}
