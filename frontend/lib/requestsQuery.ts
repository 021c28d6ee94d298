import type { Where } from 'payload'
import { z } from 'zod'

/**
 * The Aanvragen list's query as it appears in the URL: /aanvragen?status=matched&zoek=emdr&pagina=2.
 * Parsed leniently, one parameter at a time: a bad value falls back to its default (no filter,
 * the first page), never an error page.
 */
export const REQUEST_STATUSES = [
  'draft',
  'matching',
  'awaiting-confirmation',
  'matched',
  'escalated',
  'cancelled',
  'closed',
] as const
export const REQUESTS_PAGE_SIZE = 20
/** The title is at most 120 characters; a longer search cannot match and is not worth a regex. */
export const SEARCH_MAX_LENGTH = 100

export const requestsQuerySchema = z.object({
  status: z.enum(REQUEST_STATUSES).optional().catch(undefined),
  zoek: z
    .string()
    .trim()
    .max(SEARCH_MAX_LENGTH)
    .transform((text) => text.replace(/\s+/g, ' ') || undefined)
    .optional()
    .catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
})
export type RequestsQuery = z.infer<typeof requestsQuerySchema>

const KEYS = ['status', 'zoek', 'pagina'] as const
type Params = Record<string, string | string[] | undefined>

/** From Next's searchParams; the first value of a repeated parameter wins. */
export function parseRequestsQuery(params: Params): RequestsQuery {
  const first = (key: string) => {
    const value = params[key]
    return (Array.isArray(value) ? value[0] : value) || undefined
  }
  return requestsQuerySchema.parse(Object.fromEntries(KEYS.map((key) => [key, first(key)])))
}

/**
 * The filter on top of the reader's access rule. The status is an equality (FerretDB pushes it
 * down); the title search is Payload's `like`: every word, case-insensitive, each escaped before
 * it becomes a regex, so "(" or ".*" are searched as typed.
 */
export function requestsWhere(query: RequestsQuery): Where | undefined {
  const and: Where[] = []
  if (query.status) and.push({ status: { equals: query.status } })
  if (query.zoek) and.push({ title: { like: query.zoek } })
  return and.length > 0 ? { and } : undefined
}

/** The URL of the same list with some parameters changed; a new filter starts at page 1. */
export function requestsHref(query: RequestsQuery, change: Partial<RequestsQuery>, base = '/aanvragen'): string {
  const merged: Partial<RequestsQuery> = { ...query, ...change }
  if (!('pagina' in change)) merged.pagina = undefined
  const params = new URLSearchParams()
  for (const key of KEYS) {
    const value = merged[key]
    if (value === undefined || value === '' || (key === 'pagina' && value === 1)) continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `${base}?${search}` : base
}

export const isFiltered = (query: RequestsQuery) => Boolean(query.status || query.zoek)
