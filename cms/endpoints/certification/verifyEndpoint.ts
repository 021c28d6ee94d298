import type { Endpoint } from 'payload'
import { checkCertificate } from './verify'

/**
 * GET /api/certificates/verify/:number[?ronde=n] — public: valid, expired, revoked, superseded
 * or unknown. `/certificaat/<number>` with `Accept: application/json` answers from here too.
 */
export const verifyCertificateEndpoint: Endpoint = {
  path: '/verify/:number',
  method: 'get',
  handler: async (req) => {
    // Payload decodes route params already; decoding again failed (500) on a '%' in the number.
    const result = await checkCertificate(req.payload, String(req.routeParams?.number ?? ''), {
      round: req.searchParams.get('ronde'),
      viewerUserId: req.user?.id,
    })
    return Response.json(result, {
      status: result.status === 'unknown' ? 404 : 200,
      headers: { 'Cache-Control': 'no-store', Vary: 'Accept' },
    })
  },
}
