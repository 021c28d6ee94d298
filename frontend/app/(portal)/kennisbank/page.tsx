import type { Metadata } from 'next'
import { Articles } from '../../../../cms/collections/Articles'
import { EmptyState } from '../../../components/EmptyState'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { formatDate } from '../../../lib/format'
import { optionLabel } from '../../../lib/optionLabel'
import { getPayloadClient } from '../../../lib/payload'
import { getCurrentUser } from '../../../lib/session'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('knowledge.title') }
}

/** Published articles the visitor may read (members-only ones after login). */
export default async function KnowledgePage() {
  const { t, language } = await getT()
  const user = await getCurrentUser()
  const payload = await getPayloadClient()
  const articles = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    limit: 50,
    depth: 0,
    select: { title: true, kind: true, summary: true, publishedAt: true, membersOnly: true },
    overrideAccess: false,
    user,
  })
  return (
    <>
      <PageHeader title={t('knowledge.title')} lead={t('knowledge.lead')} />
      {articles.docs.length === 0 ? (
        <EmptyState title={t('knowledge.emptyTitle')}><p>{t('knowledge.empty')}</p></EmptyState>
      ) : (
        <ul className="cards">
          {articles.docs.map((article) => (
            <li key={article.id} className="card">
              <p className="card__meta">
                <span className="badge">{optionLabel(Articles, 'kind', article.kind, language)}</span>{' '}
                {article.membersOnly && <span className="badge badge--accent">{t('knowledge.membersOnly')}</span>}
              </p>
              <h2>{article.title}</h2>
              <p>{article.summary}</p>
              {article.publishedAt && <p className="card__meta">{formatDate(article.publishedAt, language)}</p>}
            </li>
          ))}
        </ul>
      )}
      {!user && articles.docs.length > 0 && <p style={{ marginTop: 'var(--space-5)' }}>{t('knowledge.loginForMore')}</p>}
    </>
  )
}
