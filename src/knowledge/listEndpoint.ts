import type { Endpoint } from 'payload'
import type { User } from '../../cms/payload-types'
import { findArticles } from './findArticles'
import { parseKnowledgeQuery } from './query'

/**
 * GET /api/articles/kennisbank?q=…&soort=…&thema=…&doelgroep=…&methode=…&sortering=…&pagina=…
 * The Kennisbank list as JSON (same filters, search and access as the portal page).
 */
export const articleListEndpoint: Endpoint = {
  path: '/kennisbank',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const query = parseKnowledgeQuery(url.searchParams)
    const user = req.user && req.user.collection === 'users' ? (req.user as unknown as User) : null
    const page = await findArticles(req.payload, user, query)
    return Response.json(page, { headers: { 'Cache-Control': user ? 'private, no-store' : 'public, max-age=30' } })
  },
}
