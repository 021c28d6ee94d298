import type { Endpoint } from 'payload'
import { verifyCertificate } from './verify'

/** GET /api/certificates/verify/:number — public: is this certificate valid, expired or unknown? */
export const verifyCertificateEndpoint: Endpoint = {
  path: '/verify/:number',
  method: 'get',
  handler: async (req) => {
    // Payload decodes route params already; decoding again failed (500) on a '%' in the number.
    const result = await verifyCertificate(req.payload, String(req.routeParams?.number ?? ''))
    return Response.json(result, {
      status: result.status === 'unknown' ? 404 : 200,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
