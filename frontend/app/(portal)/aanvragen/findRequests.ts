import type { Payload } from 'payload'
import type { User } from '../../../../cms/payload-types'
import { readOnPortalPage } from '../../../../cms/hooks/accessLog/readRoute'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { REQUESTS_PAGE_SIZE, type RequestsQuery, requestsWhere } from '../../../lib/requestsQuery'

/**
 * One page of the requests this reader may see (their access rule scopes the organisation),
 * newest first, with the list's filter. Only the columns the table shows are read. Null when
 * the reader may see no requests at all (a coordinator without an organisation).
 */
export async function findRequests(payload: Payload, user: User, query: RequestsQuery) {
  const find = (page: number) =>
    forbiddenAsEmpty(
      payload.find({
        collection: 'requests',
        where: requestsWhere(query),
        sort: '-createdAt',
        limit: REQUESTS_PAGE_SIZE,
        page,
        depth: 1,
        select: {
          title: true,
          organisation: true,
          kind: true,
          region: true,
          urgency: true,
          status: true,
          createdAt: true,
        },
        populate: { organisations: { name: true }, regions: { name: true } },
        overrideAccess: false,
        user,
        ...readOnPortalPage('/aanvragen'),
      }),
    )
  const result = await find(query.pagina)
  // A page past the end (an old link, a list that shrank) shows the last page rather than nothing.
  if (result && result.docs.length === 0 && result.totalPages > 0 && query.pagina > result.totalPages)
    return find(result.totalPages)
  return result
}
