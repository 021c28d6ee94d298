import net from 'node:net'

export type DatabaseCut = {
  /** The database is gone: its port refuses, every open connection is dropped. */
  cut(): Promise<void>
  /** The database is back on the same address. */
  restore(): Promise<void>
  close(): Promise<void>
}

/**
 * A TCP proxy between this test file's Payload and the suite's FerretDB, which the test can cut:
 * the database port then refuses connections and open connections are dropped, as when the
 * database host goes away, while the shared FerretDB keeps serving the other test files.
 *
 * Points DATABASE_URL at the proxy, so call it before importing anything that reads the config
 * (src/config.ts parses it once); tests/setup/env.ts has set the file's own database by then.
 */
export async function startDatabaseCut(): Promise<DatabaseCut> {
  const target = new URL(process.env.DATABASE_URL!.replace(/^mongodb:/, 'http:'))
  const open = new Set<net.Socket>()
  const proxy = net.createServer((client) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port || 27017) })
    for (const socket of [client, upstream]) {
      open.add(socket)
      socket.on('close', () => open.delete(socket))
      socket.on('error', () => socket.destroy())
    }
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
    client.pipe(upstream).pipe(client)
  })
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      proxy.once('error', reject)
      proxy.listen(port, '127.0.0.1', () => {
        proxy.off('error', reject)
        resolve((proxy.address() as net.AddressInfo).port)
      })
    })
  const stop = () => {
    const closed = new Promise<void>((resolve) => (proxy.listening ? proxy.close(() => resolve()) : resolve()))
    for (const socket of open) socket.destroy()
    return closed
  }
  const port = await listen(0)
  process.env.DATABASE_URL = process.env.DATABASE_URL!.replace(target.host, `127.0.0.1:${port}`)
  return {
    cut: stop,
    restore: async () => void (await listen(port)),
    close: stop,
  }
}
