import Link from 'next/link'
import { Articles } from '../../../../../cms/collections/Articles'
import type { ArticleCard as Card } from '../../../../../src/knowledge/findArticles'
import { articleLink } from '../../../../../src/knowledge/links'
import type { Language } from '../../../../i18n/settings'
import { formatDate } from '../../../../lib/format'
import { optionLabel } from '../../../../lib/optionLabel'

type Labels = { membersOnly: string; readingTime: (minutes: number) => string }

/** One article in a list: the title is the link (the whole card answers to it); kind, date and reading time as meta. */
export function ArticleCard({
  article,
  language,
  labels,
  headingLevel = 2,
}: {
  article: Card
  language: Language
  labels: Labels
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const image = article.coverImage
  const imageUrl = image?.sizes?.card?.url ?? image?.url
  return (
    <li className="card article-card" data-kind={article.kind}>
      {imageUrl && image?.alt && (
        <img className="article-card__image" src={imageUrl} alt={image.alt} loading="lazy" width={800} height={450} />
      )}
      <p className="card__meta">
        <span className="badge">{optionLabel(Articles, 'kind', article.kind, language)}</span>{' '}
        {article.membersOnly && <span className="badge badge--accent">{labels.membersOnly}</span>}
      </p>
      <Heading>
        <Link href={articleLink(article.slug ?? '')}>{article.title}</Link>
      </Heading>
      <p className="article-card__summary">{article.summary}</p>
      <p className="card__meta article-card__foot">
        {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, language)}</time>}
        {article.readingMinutes ? <> · {labels.readingTime(article.readingMinutes)}</> : null}
        {article.themes.length > 0 && <> · {article.themes.map((theme) => theme.name).join(', ')}</>}
      </p>
    </li>
  )
}
