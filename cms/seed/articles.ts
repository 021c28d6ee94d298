import type { Payload } from 'payload'
import { ARTICLES } from './articleTexts'
import { KNOWLEDGE_ARTICLES, type KnowledgeArticleSpec } from './knowledgeArticles'
import { richText } from './lexical'
import { idsOf, insertMissing } from './upsert'

/** Every seed article: the first four of the seed, then the Kennisbank's own. */
export const SEED_ARTICLES: KnowledgeArticleSpec[] = [...ARTICLES, ...KNOWLEDGE_ARTICLES]

export async function seedArticles(payload: Payload, expertiseIds: Map<string, string>) {
  const rows = SEED_ARTICLES.map((article) => ({
    slug: article.slug,
    title: article.title,
    kind: article.kind,
    summary: article.summary,
    content: richText(article.body),
    themes: idsOf(expertiseIds, article.themes, 'thema'),
    targetGroups: idsOf(expertiseIds, article.targetGroups ?? [], 'doelgroep'),
    methods: idsOf(expertiseIds, article.methods ?? [], 'methode'),
    authors: article.authors ?? [{ name: 'Redactie Drakentemmers' }],
    sources: article.sources ?? [],
    membersOnly: article.membersOnly ?? false,
    publishedAt: article.publishedAt,
    _status: 'published',
  }))
  return insertMissing(payload, 'articles', rows, { key: 'slug' })
}
