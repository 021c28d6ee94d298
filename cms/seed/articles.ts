import type { Payload } from 'payload'
import { ARTICLES } from './articleTexts'
import { richText } from './lexical'
import { idsOf, upsertMany } from './upsert'

export async function seedArticles(payload: Payload, expertiseIds: Map<string, string>) {
  const rows = ARTICLES.map((article) => ({
    slug: article.slug,
    title: article.title,
    kind: article.kind,
    summary: article.summary,
    content: richText(article.body),
    themes: idsOf(expertiseIds, article.themes, 'thema'),
    targetGroups: idsOf(expertiseIds, article.targetGroups ?? [], 'doelgroep'),
    methods: idsOf(expertiseIds, article.methods ?? [], 'methode'),
    membersOnly: article.membersOnly ?? false,
    publishedAt: article.publishedAt,
    _status: 'published',
  }))
  return upsertMany(payload, 'articles', rows, { key: 'slug' })
}
