import type { Where } from 'payload'
import { z } from 'zod'
import { queryTokens } from '../domain/search'

/**
 * The Kennisbank's query as it appears in the URL (Dutch parameter names, so a
 * shared link reads well): /kennisbank?q=gehechtheid&soort=onderzoek&thema=trauma.
 * Parsed leniently: an unknown value is ignored rather than an error page.
 */
export const ARTICLE_KIND_VALUES = ['onderzoek', 'praktijkkennis', 'nieuws', 'interview', 'handreiking'] as const
export const SORTS = { nieuw: '-publishedAt', oud: 'publishedAt', titel: 'title' } as const
export type SortKey = keyof typeof SORTS
export const PAGE_SIZE = 10

const optionalSlug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,80}$/)
  .optional()
  .catch(undefined)

export const knowledgeQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  soort: z.enum(ARTICLE_KIND_VALUES).optional().catch(undefined),
  thema: optionalSlug,
  doelgroep: optionalSlug,
  methode: optionalSlug,
  sortering: z.enum(['nieuw', 'oud', 'titel']).default('nieuw').catch('nieuw'),
  pagina: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
})
export type KnowledgeQuery = z.infer<typeof knowledgeQuerySchema>

type Params = Record<string, string | string[] | undefined> | URLSearchParams

/** From Next's searchParams or a request's URLSearchParams; the first value of a repeat wins. */
export function parseKnowledgeQuery(params: Params): KnowledgeQuery {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key]
    return Array.isArray(value) ? value[0] : value || undefined
  }
  return knowledgeQuerySchema.parse(
    Object.fromEntries(
      ['q', 'soort', 'thema', 'doelgroep', 'methode', 'sortering', 'pagina'].map((key) => [key, get(key)]),
    ),
  )
}

/** Taxonomy ids by slug, for the three relationship filters. */
export type TaxonomyIds = Map<string, string>

/**
 * The database filter for a query. Only published articles, whoever asks (drafts
 * belong in the preview); members-only rows are left to the access rule.
 * Returns null when a filter names a taxonomy entry that does not exist: no results.
 */
export function knowledgeWhere(query: KnowledgeQuery, taxonomy: TaxonomyIds): Where | null {
  const and: Where[] = [{ _status: { equals: 'published' } }]
  if (query.soort) and.push({ kind: { equals: query.soort } })
  for (const [param, field] of [
    ['thema', 'themes'],
    ['doelgroep', 'targetGroups'],
    ['methode', 'methods'],
  ] as const) {
    const slug = query[param]
    if (!slug) continue
    const id = taxonomy.get(slug)
    if (!id) return null
    and.push({ [field]: { in: [id] } })
  }
  const tokens = queryTokens(query.q)
  if (tokens.length > 0) and.push({ searchTokens: { all: tokens } })
  return { and }
}

/** The URL of the same query with some parameters changed (filters reset the page). */
export function knowledgeHref(
  query: KnowledgeQuery,
  change: Partial<Record<keyof KnowledgeQuery, string | number | undefined>>,
  base = '/kennisbank',
): string {
  const merged: Record<string, unknown> = { ...query, ...change }
  if (!('pagina' in change)) merged.pagina = undefined
  const params = new URLSearchParams()
  for (const key of ['q', 'soort', 'thema', 'doelgroep', 'methode', 'sortering', 'pagina'] as const) {
    const value = merged[key]
    if (
      value === undefined ||
      value === '' ||
      (key === 'sortering' && value === 'nieuw') ||
      (key === 'pagina' && value === 1)
    )
      continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `${base}?${search}` : base
}
