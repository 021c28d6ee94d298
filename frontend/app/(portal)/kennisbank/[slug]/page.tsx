import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Articles } from '../../../../../cms/collections/Articles'
import type { Article, Expertise, Media } from '../../../../../cms/payload-types'
import { EVIDENCE_LEVELS } from '../../../../../src/domain/options'
import { config } from '../../../../../src/config'
import { tableOfContents } from '../../../../../src/knowledge/lexicalText'
import { articleLink } from '../../../../../src/knowledge/links'
import { sourceLink } from '../../../../../src/knowledge/sources'
import { EmptyState } from '../../../../components/EmptyState'
import { getT } from '../../../../i18n/server'
import { formatDate, labelOf } from '../../../../lib/format'
import { optionLabel } from '../../../../lib/optionLabel'
import { getPayloadClient } from '../../../../lib/payload'
import { getCurrentUser } from '../../../../lib/session'
import { ArticleBody } from '../_components/ArticleBody'
import { ArticleCard } from '../_components/ArticleCard'
import { RefreshOnSave } from '../_components/RefreshOnSave'
import { loadArticle } from './loadArticle'
import '../kennisbank.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const populated = <T,>(values: unknown): T[] =>
  ((values ?? []) as unknown[]).filter((value): value is T => typeof value === 'object' && value !== null)
const mediaOf = (value: unknown) => (value && typeof value === 'object' ? (value as Media) : null)

async function resolve({ params, searchParams }: Props) {
  const { slug } = await params
  const preview = Boolean((await searchParams).voorbeeld)
  return loadArticle(decodeURIComponent(slug), await getCurrentUser(), preview)
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { article, draft } = await resolve(props)
  if (!article) return { title: (await getT()).t('kennisbank.notAvailable'), robots: { index: false } }
  const cover = mediaOf(article.coverImage)
  const image = cover?.sizes?.wide?.url ?? cover?.url
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: articleLink(article.slug ?? '') },
    robots: draft || article.membersOnly ? { index: false, follow: false } : undefined,
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary,
      url: `${config.PUBLIC_URL}${articleLink(article.slug ?? '')}`,
      siteName: 'Drakentemmers',
      locale: 'nl_NL',
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      authors: (article.authors ?? []).map((author) => author.name),
      tags: populated<Expertise>(article.themes).map((theme) => theme.name),
      images: image && cover?.alt ? [{ url: image, alt: cover.alt }] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description: article.summary },
  }
}

async function relatedArticles(article: Article, userId: unknown) {
  const themeIds = populated<Expertise>(article.themes).map((theme) => theme.id)
  if (themeIds.length === 0) return []
  const payload = await getPayloadClient()
  const user = await getCurrentUser()
  const related = await payload.find({
    collection: 'articles',
    where: {
      and: [{ _status: { equals: 'published' } }, { themes: { in: themeIds } }, { id: { not_equals: article.id } }],
    },
    sort: '-publishedAt',
    limit: 3,
    depth: 1,
    select: {
      title: true,
      slug: true,
      kind: true,
      summary: true,
      publishedAt: true,
      membersOnly: true,
      readingMinutes: true,
      themes: true,
    },
    populate: { expertise: { name: true, slug: true } },
    overrideAccess: false,
    user: userId ? user : null,
  })
  return related.docs.map((doc) => ({ ...doc, themes: populated<Expertise>(doc.themes), coverImage: null }))
}

/** One article: header with meta, table of contents, text, sources, methods, related reading. */
export default async function ArticlePage(props: Props) {
  const { t, language } = await getT()
  const { article, draft, membersOnlyHidden } = await resolve(props)
  if (!article) {
    if (!membersOnlyHidden) notFound()
    const { slug } = await props.params
    if (await getCurrentUser()) {
      return (
        <EmptyState title={t('kennisbank.membersOnlyTitle')}>
          <p>{t('kennisbank.membersOnlyBodyLoggedIn')}</p>
        </EmptyState>
      )
    }
    return (
      <EmptyState
        title={t('kennisbank.membersOnlyTitle')}
        action={
          <Link className="btn btn--primary" href={`/inloggen?next=${encodeURIComponent(articleLink(slug))}`}>
            {t('nav.login')}
          </Link>
        }
      >
        <p>{t('kennisbank.membersOnlyBody')}</p>
      </EmptyState>
    )
  }
  const user = await getCurrentUser()
  const toc = tableOfContents(article.content as never)
  const themes = populated<Expertise>(article.themes)
  const targetGroups = populated<Expertise>(article.targetGroups)
  const methods = populated<Expertise>(article.methods)
  const cover = mediaOf(article.coverImage)
  const related = await relatedArticles(article, user?.id)
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.summary,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    inLanguage: 'nl',
    author: (article.authors ?? []).map((author) => ({ '@type': 'Person', name: author.name })),
    publisher: { '@type': 'Organization', name: 'Drakentemmers' },
    isAccessibleForFree: !article.membersOnly,
  }
  return (
    <article className="kb-article" aria-labelledby="artikel-titel">
      {draft && (
        <>
          <RefreshOnSave serverURL={config.PUBLIC_URL} />
          <p className="kb-preview" role="status">
            {t('kennisbank.previewNotice', {
              status: article._status === 'published' ? t('kennisbank.statusPublished') : t('kennisbank.statusDraft'),
            })}
          </p>
        </>
      )}
      {!draft && article.membersOnly ? null : (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
        />
      )}
      <nav aria-label={t('kennisbank.breadcrumb')} className="kb-breadcrumb">
        <Link href="/kennisbank">{t('knowledge.title')}</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/kennisbank?soort=${article.kind}`}>{optionLabel(Articles, 'kind', article.kind, language)}</Link>
      </nav>
      <header className="kb-article__header">
        <h1 id="artikel-titel">{article.title}</h1>
        <p className="kb-article__summary">{article.summary}</p>
        <p className="card__meta">
          {article.publishedAt && (
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, language)}</time>
          )}
          {article.readingMinutes ? <> · {t('kennisbank.readingTime', { count: article.readingMinutes })}</> : null}
          {(article.authors ?? []).length > 0 && (
            <>
              {' '}
              · {t('kennisbank.by')}{' '}
              {(article.authors ?? [])
                .map((author) => (author.role ? `${author.name} (${author.role})` : author.name))
                .join(', ')}
            </>
          )}
          {article.membersOnly && (
            <>
              {' '}
              · <span className="badge badge--accent">{t('knowledge.membersOnly')}</span>
            </>
          )}
        </p>
        {cover?.url && (
          <figure className="kb-article__cover">
            <img
              src={cover.sizes?.wide?.url ?? cover.url}
              alt={cover.alt}
              width={cover.sizes?.wide?.width ?? cover.width ?? undefined}
              height={cover.sizes?.wide?.height ?? cover.height ?? undefined}
            />
            {cover.credit && <figcaption>{cover.credit}</figcaption>}
          </figure>
        )}
      </header>
      <div className="kb-article__layout">
        {toc.length > 1 && (
          <nav className="kb-toc" aria-labelledby="inhoudsopgave">
            <h2 id="inhoudsopgave">{t('kennisbank.toc')}</h2>
            <ol>
              {toc.map((entry) => (
                <li key={entry.id} className={entry.level === 3 ? 'kb-toc__sub' : undefined}>
                  <a href={`#${entry.id}`}>{entry.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <div className="kb-article__main">
          <ArticleBody content={article.content} sourceLabel={t('kennisbank.fromResearch')} />
          {(article.sources ?? []).length > 0 && (
            <section aria-labelledby="bronnen" className="kb-sources">
              <h2 id="bronnen">{t('kennisbank.sources')}</h2>
              <ol>
                {(article.sources ?? []).map((source) => {
                  const href = sourceLink(source)
                  return (
                    <li key={source.id ?? source.title}>
                      {source.authors && <>{source.authors} </>}({source.year}).{' '}
                      {href ? (
                        <a href={href} rel="noopener noreferrer">
                          {source.title}
                        </a>
                      ) : (
                        <cite>{source.title}</cite>
                      )}
                      {source.doi && (
                        <>
                          {' '}
                          <span className="kb-doi">DOI: {source.doi}</span>
                        </>
                      )}
                    </li>
                  )
                })}
              </ol>
            </section>
          )}
          {(themes.length > 0 || targetGroups.length > 0 || methods.length > 0) && (
            <section aria-labelledby="ordening" className="kb-taxonomy">
              <h2 id="ordening">{t('kennisbank.aboutTitle')}</h2>
              <dl>
                {themes.length > 0 && (
                  <>
                    <dt>{t('kennisbank.theme')}</dt>
                    <dd>
                      {themes.map((theme, i) => (
                        <span key={theme.id}>
                          {i > 0 && ', '}
                          <Link href={`/kennisbank?thema=${theme.slug}`}>{theme.name}</Link>
                        </span>
                      ))}
                    </dd>
                  </>
                )}
                {targetGroups.length > 0 && (
                  <>
                    <dt>{t('kennisbank.targetGroup')}</dt>
                    <dd>
                      {targetGroups.map((group, i) => (
                        <span key={group.id}>
                          {i > 0 && ', '}
                          <Link href={`/kennisbank?doelgroep=${group.slug}`}>{group.name}</Link>
                        </span>
                      ))}
                    </dd>
                  </>
                )}
                {methods.length > 0 && (
                  <>
                    <dt>{t('kennisbank.method')}</dt>
                    <dd>
                      <ul className="kb-methods">
                        {methods.map((method) => (
                          <li key={method.id}>
                            <Link href={`/kennisbank?methode=${method.slug}`}>{method.name}</Link>
                            {' — '}
                            {method.evidenceLevel
                              ? labelOf(EVIDENCE_LEVELS, method.evidenceLevel, language)
                              : t('kennisbank.evidenceUnknown')}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
              </dl>
            </section>
          )}
        </div>
      </div>
      {related.length > 0 && (
        <section aria-labelledby="verder-lezen" className="kb-related">
          <h2 id="verder-lezen">{t('kennisbank.related')}</h2>
          <ul className="cards">
            {related.map((item) => (
              <ArticleCard
                key={item.id}
                article={item as never}
                language={language}
                headingLevel={3}
                labels={{
                  membersOnly: t('knowledge.membersOnly'),
                  readingTime: (count) => t('kennisbank.readingTime', { count }),
                }}
              />
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
