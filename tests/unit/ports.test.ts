import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { describe, expect, it } from '@jest/globals'
import { freePort, listensOn } from '../helpers/ports'

describe('listensOn: who holds a listening port', () => {
  it('sees a listener on the IPv6 wildcard too (as a JVM listens)', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '::', resolve))
    try {
      expect(listensOn(process.pid, (server.address() as { port: number }).port)).toBe(true)
    } finally {
      server.close()
    }
  })

  it('is true for the process that listens, false for a free port and for another process', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      expect(listensOn(process.pid, port)).toBe(true)
      expect(listensOn(process.pid, await freePort())).toBe(false)

      const child = spawn(process.execPath, [
        '-e',
        "require('net').createServer().listen(0, '127.0.0.1', function () { console.log(this.address().port) })",
      ])
      const childPort = await new Promise<number>((resolve) =>
        child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
      )
      try {
        expect(listensOn(child.pid!, childPort)).toBe(true)
        expect(listensOn(process.pid, childPort)).toBe(false)
        expect(listensOn(child.pid!, port)).toBe(false)
      } finally {
        child.kill()
      }
    } finally {
      server.close()
    }
  })
})
