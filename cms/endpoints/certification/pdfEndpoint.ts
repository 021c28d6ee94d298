import type { Endpoint } from 'payload'
import { certificatePdfFor } from './pdf'

/** GET /api/certificates/:id/pdf — the holder's certificate as an A4 PDF with a QR code to its check. */
export const certificatePdfEndpoint: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const result = await certificatePdfFor(req.payload, req, String(req.routeParams?.id ?? ''))
    if (!result.ok) return Response.json({ message: result.message }, { status: result.status })
    return new Response(new Uint8Array(result.pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${result.number}.pdf"`,
        'Content-Length': String(result.pdf.length),
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
