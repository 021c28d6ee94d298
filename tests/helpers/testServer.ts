import { type ChildProcess, spawn } from 'node:child_process'
import { canConnect, freePort, listensOn } from './ports'

/**
 * The Java time-skipping test server as a process of our own. The SDK's launcher gives it 5 s to
 * accept connections; a JVM on a loaded 2-core machine does not always make that (seen in a soak
 * run: "ephemeral server … did not start within 5s" in 4 test files), so the wait here is a minute.
 */
export type TestServerProcess = { address: string; stop(): Promise<void> }

export async function startTestServer(executable: string, readyWithinMs = 60_000): Promise<TestServerProcess> {
  // A port found free can be taken by another process before the JVM binds it; then that
  // process answers the connection check. Seen from /proc, such a start picks a new port.
  for (let tries = 1; ; tries++) {
    const port = await freePort()
    const child = spawn(executable, [String(port)], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-2_000)))
    try {
      await acceptsConnections(port, child, readyWithinMs)
      return { address: `127.0.0.1:${port}`, stop: () => stopProcess(child) }
    } catch (error) {
      child.kill('SIGKILL')
      if (error instanceof PortTakenMeanwhile && tries < 3) continue
      throw new Error(`${(error as Error).message}${stderr ? `; its last output: ${stderr}` : ''}`)
    }
  }
}

class PortTakenMeanwhile extends Error {}

async function acceptsConnections(port: number, child: ChildProcess, withinMs: number) {
  const deadline = Date.now() + withinMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The Temporal test server stopped at once (exit code ${child.exitCode})`)
    if (await canConnect(port)) {
      // The answer must come from our server, not from a process that took the port meanwhile.
      if (listensOn(child.pid!, port) === false)
        throw new PortTakenMeanwhile(
          `Port ${port} was taken by another process before the Temporal test server could bind it`,
        )
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`The Temporal test server did not accept connections on port ${port} within ${withinMs / 1000} s`)
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
