import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { searchTokens } from '../../../../src/domain/search'
import { plainText, readingMinutes } from '../../../../src/knowledge/lexicalText'
import { normaliseDoi } from '../../../../src/knowledge/sources'
import type { Article } from '../../../payload-types'

type Named = { name?: string | null }

/** Names of related taxonomy entries, so a search for "EMDR" finds articles tagged with it. */
async function taxonomyNames(req: PayloadRequest, ids: unknown[]): Promise<string[]> {
  const plain = ids
    .map((id) => (id && typeof id === 'object' && 'id' in id ? (id as { id: unknown }).id : id))
    .filter(Boolean)
    .map(String)
  if (plain.length === 0) return []
  const found = await req.payload.find({
    collection: 'expertise',
    where: { id: { in: plain } },
    depth: 0,
    limit: plain.length,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  return found.docs.map((doc) => (doc as Named).name ?? '').filter(Boolean)
}

/**
 * Fields an editor never types: the Dutch search stems (title, summary, text,
 * sources, authors and taxonomy names), the reading time, the normalised DOIs, and
 * the publication date the first time an article goes public.
 */
export const articleDerivedFields: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const body = plainText(merged.content)
  const sources = (merged.sources ?? []) as Array<{ title?: string; authors?: string; doi?: string | null }>
  for (const source of data.sources ?? []) source.doi = normaliseDoi(source.doi)
  const authors = (merged.authors ?? []) as Array<{ name?: string }>
  const names = await taxonomyNames(req, [
    ...(merged.themes ?? []),
    ...(merged.targetGroups ?? []),
    ...(merged.methods ?? []),
  ])
  data.searchTokens = searchTokens(
    merged.title,
    merged.summary,
    body,
    ...sources.map((source) => `${source.title ?? ''} ${source.authors ?? ''}`),
    ...authors.map((author) => author.name),
    ...names,
  )
  data.readingMinutes = readingMinutes(merged.summary, body)
  if (data._status === 'published' && !merged.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}
