import express from 'express'
import next from 'next'
import { platformDidDocument } from '../cms/endpoints/certification/credential'
import { config } from './config'
import { readiness } from './readiness'

/**
 * The web process: Express hosts the Next.js app (portal + Payload admin + REST)
 * and adds what Payload does not own: health and readiness.
 * No global body parser: it would consume the bodies Payload's REST reads.
 */
const dev = config.NODE_ENV !== 'production'
const app = next({ dev, dir: 'frontend', port: config.PORT })
const handle = app.getRequestHandler()

// A bad signing key stops the start here, not at the first credential someone downloads.
platformDidDocument()
await app.prepare()
const server = express()
server.disable('x-powered-by')
server.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' })
})
server.get('/readyz', async (_req, res) => {
  const checks = await readiness()
  res.status(checks.ready ? 200 : 503).json(checks)
})
// did:web: the issuer's public key, for anyone verifying a credential (src/credentials/did.ts).
server.get('/.well-known/did.json', (_req, res) => {
  res.type('application/did+json').json(platformDidDocument())
})
// A verifier (or a wallet) asking the certificate page for JSON gets the same check as data.
server.get('/certificaat/:nummer', (req, res, next) => {
  res.vary('Accept')
  if (req.accepts(['text/html', 'application/json']) !== 'application/json') return next()
  const query = req.url.indexOf('?')
  req.url = `/api/certificates/verify/${encodeURIComponent(req.params.nummer)}${query >= 0 ? req.url.slice(query) : ''}`
  return handle(req, res)
})
server.all('/{*splat}', (req, res) => handle(req, res))

server.listen(config.PORT, config.HOST, () => {
  console.log(
    `web: luistert op ${config.PUBLIC_URL} (${config.HOST}:${config.PORT}, ${dev ? 'ontwikkeling' : 'productie'})`,
  )
})
