import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints } from 'payload'
import config from '../../cms/payload.config'
import { closeTemporalClient } from '../../workflows/client'

/**
 * Payload's REST API over real HTTP, for tests that send raw requests (any body,
 * content type or method). It calls `handleEndpoints`, the function that
 * frontend/app/(payload)/api/[...slug]/route.ts hands every /api request to (through
 * REST_POST & co.), on this test file's Payload; only the Next.js dev server around
 * it is left out, which would cost a 20–40 s compile per test file.
 */
export type RestServer = { url: string; stop: () => Promise<void> }

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one)
  }
  const method = incoming.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks)
  return new Request(new URL(incoming.url ?? '/', origin), { method, headers, body })
}

async function send(response: Response, outgoing: ServerResponse) {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  outgoing.writeHead(response.status, headers)
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

export async function startRestServer(): Promise<RestServer> {
  let origin = ''
  const server = createServer((incoming, outgoing) => {
    toRequest(incoming, origin)
      .then((request) => handleEndpoints({ config, request }))
      .then((response) => send(response, outgoing))
      .catch((error: unknown) => {
        // Only a failure of this adapter lands here; Payload answers its own errors.
        outgoing.writeHead(599, { 'content-type': 'text/plain' })
        outgoing.end(`test REST adapter failed: ${String(error)}`)
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    // Keep-alive sockets of fetch and the Temporal connection that endpoints opened would keep
    // the jest worker alive after the file ("failed to exit gracefully").
    async stop() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await closeTemporalClient()
    },
  }
}
