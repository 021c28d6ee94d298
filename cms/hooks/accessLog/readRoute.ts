import type { PayloadRequest } from 'payload'

/** The context flag a portal page sets on its Local API reads: the page path the person opened. */
export const PORTAL_PAGE = 'accessLogPortalPage'

/** The Local API options a portal page passes so its reads are logged with the page (`portal /aanvragen/<id>`). */
export const readOnPortalPage = (page: string) => ({ context: { [PORTAL_PAGE]: page } })

/**
 * Through which route a person read: what Payload knows of the request. REST and GraphQL
 * set `payloadAPI`; the admin's server components run the Local API on a request whose
 * pathname is the admin page; a portal page says so with the context flag above.
 */
export function readRoute(req: PayloadRequest): string {
  const page = req.context?.[PORTAL_PAGE]
  if (typeof page === 'string') return `portal ${page}`
  if (req.payloadAPI === 'GraphQL') return 'GraphQL'
  if (req.payloadAPI === 'REST') return `REST ${req.method ?? 'GET'} ${req.pathname ?? ''}`.trim()
  const admin = req.payload.config.routes.admin
  if (req.pathname && (req.pathname === admin || req.pathname.startsWith(`${admin}/`))) return `admin ${req.pathname}`
  return 'local'
}
