import type { Payload } from 'payload'
import type { Article, Expertise, Media, User } from '../../cms/payload-types'
import { type KnowledgeQuery, PAGE_SIZE, SORTS, knowledgeWhere } from './query'

export type TaxonomyEntry = Pick<Expertise, 'id' | 'name' | 'slug' | 'kind' | 'evidenceLevel'>

/** Themes, target groups and methods as filters: the whole taxonomy is a few dozen rows. */
export async function loadTaxonomy(payload: Payload): Promise<TaxonomyEntry[]> {
  const result = await payload.find({
    collection: 'expertise',
    pagination: false,
    depth: 0,
    sort: 'name',
    select: { name: true, slug: true, kind: true, evidenceLevel: true },
    overrideAccess: true,
  })
  return result.docs as TaxonomyEntry[]
}

export type ArticleCard = Pick<
  Article,
  'id' | 'title' | 'slug' | 'kind' | 'summary' | 'publishedAt' | 'membersOnly' | 'readingMinutes'
> & {
  themes: Array<Pick<Expertise, 'id' | 'name' | 'slug'>>
  coverImage: Pick<Media, 'id' | 'url' | 'alt' | 'width' | 'height' | 'sizes'> | null
}

export type ArticlePage = {
  docs: ArticleCard[]
  totalDocs: number
  page: number
  totalPages: number
}

const CARD_SELECT = {
  title: true,
  slug: true,
  kind: true,
  summary: true,
  publishedAt: true,
  membersOnly: true,
  readingMinutes: true,
  themes: true,
  coverImage: true,
} as const

/**
 * One page of the Kennisbank for this reader: the access rules decide (members-only
 * after login), the query narrows. Shared by the portal page and the list endpoint.
 */
export async function findArticles(
  payload: Payload,
  user: User | null,
  query: KnowledgeQuery,
  taxonomy?: TaxonomyEntry[],
): Promise<ArticlePage> {
  const entries = taxonomy ?? (await loadTaxonomy(payload))
  const where = knowledgeWhere(query, new Map(entries.map((entry) => [entry.slug ?? '', String(entry.id)])))
  if (!where) return { docs: [], totalDocs: 0, page: 1, totalPages: 0 }
  const result = await payload.find({
    collection: 'articles',
    where,
    sort: [SORTS[query.sortering], '-createdAt'],
    page: query.pagina,
    limit: PAGE_SIZE,
    depth: 1,
    select: CARD_SELECT,
    populate: {
      expertise: { name: true, slug: true },
      media: { url: true, alt: true, width: true, height: true, sizes: true },
    },
    overrideAccess: false,
    user,
  })
  const docs = result.docs.map((doc) => ({
    ...doc,
    themes: ((doc.themes ?? []) as unknown[]).filter(
      (theme): theme is Expertise => typeof theme === 'object' && theme !== null,
    ),
    coverImage: typeof doc.coverImage === 'object' ? (doc.coverImage as Media) : null,
  })) as ArticleCard[]
  return { docs, totalDocs: result.totalDocs, page: result.page ?? 1, totalPages: result.totalPages }
}
