import { readFileSync, readdirSync, readlinkSync } from 'node:fs'
import { connect, createServer } from 'node:net'

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Whether something accepts connections on the port at this address. */
export function canConnect(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host)
    socket.once('connect', () => socket.end(() => resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

/**
 * Whether process `pid` itself holds a listening socket on `port` (IPv4 or IPv6) (Linux /proc):
 * a port picked free a moment ago can be taken by another process before our server binds it,
 * and then a connection check alone reports "ready" for someone else's server.
 * `undefined` where /proc cannot tell (another OS).
 */
export function listensOn(pid: number, port: number): boolean | undefined {
  let table: string
  try {
    // A JVM listens on the IPv6 wildcard (dual stack): its socket is in tcp6.
    table = ['/proc/net/tcp', '/proc/net/tcp6'].map((file) => readFileSync(file, 'utf8')).join('\n')
  } catch {
    return undefined
  }
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  const LISTEN = '0A'
  const inodes = table
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === LISTEN)
    .map((cols) => cols[9])
  if (inodes.length === 0) return false
  let fds: string[]
  try {
    fds = readdirSync(`/proc/${pid}/fd`)
  } catch {
    return false
  }
  return fds.some((fd) => {
    try {
      return inodes.includes(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? '')
    } catch {
      return false
    }
  })
}
