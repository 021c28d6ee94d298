import type { Endpoint } from 'payload'
import { memberDataExport } from '../../../src/store/memberData'
import { memberIdOfUser } from '../../access/memberOfUser'

/** GET /api/members/me/data — the logged-in therapist downloads everything the platform holds about them. */
export const memberDataExportEndpoint: Endpoint = {
  path: '/me/data',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Log in om je gegevens te downloaden.' }, { status: 401 })
    const memberId = await memberIdOfUser(req)
    if (!memberId) return Response.json({ message: 'Er is geen behandelaarsprofiel bij dit account.' }, { status: 404 })
    const data = await memberDataExport(req.payload, memberId, String(req.user.id))
    // Who downloaded what is part of the audit, like any other handling of personal data.
    await req.payload.create({
      collection: 'audit-log',
      data: {
        actor: req.user.id,
        actorLabel: String(req.user.email ?? req.user.id),
        action: 'export',
        targetCollection: 'members',
        targetId: memberId,
      },
      overrideAccess: true,
    })
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="mijn-gegevens-${data.exportedAt.slice(0, 10)}.json"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
