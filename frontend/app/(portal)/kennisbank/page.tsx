import type { Metadata } from 'next'
import { ARTICLE_KINDS } from '../../../../cms/collections/Articles'
import { findArticles, loadTaxonomy } from '../../../../src/knowledge/findArticles'
import { type KnowledgeQuery, knowledgeHref, parseKnowledgeQuery } from '../../../../src/knowledge/query'
import { EmptyState } from '../../../components/EmptyState'
import { PageHeader } from '../../../components/PageHeader'
import { Pagination } from '../../../components/Pagination'
import { getT } from '../../../i18n/server'
import { getPayloadClient } from '../../../lib/payload'
import { getCurrentUser } from '../../../lib/session'
import { ArticleCard } from './_components/ArticleCard'
import { Filters } from './_components/Filters'
import './kennisbank.css'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { t } = await getT()
  const query = parseKnowledgeQuery(await searchParams)
  const filtered = Boolean(
    query.q || query.soort || query.thema || query.doelgroep || query.methode || query.pagina > 1,
  )
  return {
    title: query.q ? t('kennisbank.searchTitle', { q: query.q }) : t('knowledge.title'),
    description: t('knowledge.lead'),
    alternates: { canonical: '/kennisbank', types: { 'application/rss+xml': '/rss.xml' } },
    // Filter combinations are endless: only the plain list is for search engines.
    robots: filtered ? { index: false, follow: true } : undefined,
    openGraph: {
      title: t('knowledge.title'),
      description: t('knowledge.lead'),
      type: 'website',
      locale: 'nl_NL',
      siteName: 'Drakentemmers',
    },
  }
}

function activeFilterCount(query: KnowledgeQuery) {
  return [query.q, query.soort, query.thema, query.doelgroep, query.methode].filter(Boolean).length
}

/** The Kennisbank: search in Dutch, filter by kind/theme/target group/method, newest first. */
export default async function KnowledgePage({ searchParams }: Props) {
  const { t, language } = await getT()
  const user = await getCurrentUser()
  const payload = await getPayloadClient()
  const query = parseKnowledgeQuery(await searchParams)
  const taxonomy = await loadTaxonomy(payload)
  const result = await findArticles(payload, user, query, taxonomy)
  const kinds = ARTICLE_KINDS.map((kind) => ({ value: kind.value, label: kind.label[language] }))
  const cardLabels = {
    membersOnly: t('knowledge.membersOnly'),
    readingTime: (minutes: number) => t('kennisbank.readingTime', { count: minutes }),
  }
  return (
    <>
      <PageHeader title={t('knowledge.title')} lead={t('knowledge.lead')} />
      <Filters
        query={query}
        taxonomy={taxonomy}
        kinds={kinds}
        labels={{
          legend: t('kennisbank.filters'),
          search: t('kennisbank.search'),
          searchHint: t('kennisbank.searchHint'),
          kind: t('kennisbank.kind'),
          theme: t('kennisbank.theme'),
          targetGroup: t('kennisbank.targetGroup'),
          method: t('kennisbank.method'),
          sort: t('kennisbank.sort'),
          all: t('kennisbank.all'),
          submit: t('kennisbank.submit'),
          reset: t('kennisbank.reset'),
          sorts: {
            nieuw: t('kennisbank.sortNewest'),
            oud: t('kennisbank.sortOldest'),
            titel: t('kennisbank.sortTitle'),
          },
        }}
      />
      <p className="kb-count" role="status">
        {activeFilterCount(query) > 0
          ? t('kennisbank.resultsFiltered', { count: result.totalDocs })
          : t('kennisbank.results', { count: result.totalDocs })}
      </p>
      {result.docs.length === 0 ? (
        activeFilterCount(query) > 0 ? (
          <EmptyState
            title={t('kennisbank.noResultsTitle')}
            action={
              <a href="/kennisbank" className="btn btn--secondary">
                {t('kennisbank.reset')}
              </a>
            }
          >
            <p>{t('kennisbank.noResults')}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t('knowledge.emptyTitle')}>
            <p>{t('knowledge.empty')}</p>
          </EmptyState>
        )
      ) : (
        <ul className="cards kb-results">
          {result.docs.map((article) => (
            <ArticleCard key={article.id} article={article} language={language} labels={cardLabels} />
          ))}
        </ul>
      )}
      <Pagination
        page={query.pagina}
        totalPages={result.totalPages}
        hrefOf={(page) => knowledgeHref(query, { pagina: page })}
        labels={{
          nav: t('kennisbank.pagination'),
          previous: t('kennisbank.previous'),
          next: t('kennisbank.next'),
          page: (n) => t('kennisbank.page', { n }),
          position: (n, total) => t('kennisbank.pageOf', { n, total }),
        }}
      />
      {!user && <p className="kb-login-hint">{t('knowledge.loginForMore')}</p>}
      <p className="kb-feed">
        <a href="/rss.xml">{t('kennisbank.rss')}</a>
      </p>
    </>
  )
}
