import type { Endpoint } from 'payload'
import { certificateCredential } from './credential'

/** GET /api/certificates/:id/credential — the holder's signed Open Badges credential (VC-JWT) as a file. */
export const certificateCredentialEndpoint: Endpoint = {
  path: '/:id/credential',
  method: 'get',
  handler: async (req) => {
    const result = await certificateCredential(req.payload, req, String(req.routeParams?.id ?? ''))
    if (!result.ok) return Response.json({ message: result.message }, { status: result.status })
    return new Response(result.jwt, {
      headers: {
        'Content-Type': 'application/jwt',
        'Content-Disposition': `attachment; filename="${result.number}.jwt"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
