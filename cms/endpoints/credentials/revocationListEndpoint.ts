import type { Endpoint } from 'payload'
import { revocationListJwt } from './revocationList'

/** GET /api/credential-status/revocation — public: the signed revocation status list. */
export const revocationListEndpoint: Endpoint = {
  path: '/revocation',
  method: 'get',
  handler: async (req) =>
    new Response(await revocationListJwt(req.payload), {
      // A verifier must see a revocation at once: it may keep the list, but asks again each time.
      headers: { 'Content-Type': 'application/vc+jwt', 'Cache-Control': 'public, no-cache' },
    }),
}
