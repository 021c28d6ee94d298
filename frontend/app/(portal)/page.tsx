import Link from 'next/link'
import { ARTICLE_KINDS } from '../../../cms/collections/Articles'
import { latestPerKind } from '../../../src/knowledge/latestPerKind'
import { articleLink } from '../../../src/knowledge/links'
import { Stat } from '../../components/Stat'
import { getT } from '../../i18n/server'
import { getPayloadClient } from '../../lib/payload'
import { nationalTarget, therapistsPerRegion } from '../../lib/coverage'
import { getCurrentUser } from '../../lib/session'
import { formatDate } from '../../lib/format'
import './kennisbank/kennisbank.css'

export const dynamic = 'force-dynamic'

/** Home: what the platform is, three real figures, the newest knowledge per kind, and where to go next. */
export default async function HomePage() {
  const { t, language } = await getT()
  const user = await getCurrentUser()
  const payload = await getPayloadClient()
  const target = await nationalTarget(payload)
  // Aggregates only: member profiles are not readable by the public, but how many are
  // active and in which regions they work is public information, so this read may bypass access.
  const [therapists, regions, trainings, latest] = await Promise.all([
    payload.find({
      collection: 'members',
      where: { status: { equals: 'active' } },
      pagination: false,
      depth: 0,
      select: { homeRegion: true, regionsServed: true },
      overrideAccess: true,
    }),
    payload.count({ collection: 'regions', overrideAccess: false, user }),
    payload.count({ collection: 'trainings', overrideAccess: false, user }),
    latestPerKind(payload, user, 2),
  ])
  return (
    <>
      <section className="hero" aria-labelledby="welkom">
        <h1 id="welkom">{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <div className="actions-row">
          {user ? (
            <Link href="/kennisbank" className="btn btn--primary">
              {t('home.ctaKnowledge')}
            </Link>
          ) : (
            <>
              <Link href="/aanmelden" className="btn btn--primary">
                {t('home.ctaSignUp')}
              </Link>
              <Link href="/inloggen" className="btn btn--secondary">
                {t('nav.login')}
              </Link>
            </>
          )}
          <Link href="/regios" className="btn btn--quiet">
            {t('home.ctaRegions')}
          </Link>
        </div>
      </section>
      <h2>{t('home.figuresTitle')}</h2>
      <div className="stats">
        <Stat
          value={therapists.docs.length}
          label={t('home.figureTherapists')}
          detail={t('home.figureTherapistsDetail', { target })}
        />
        <Stat
          value={therapistsPerRegion(therapists.docs).size}
          label={t('home.figureRegions')}
          detail={t('home.figureRegionsDetail', { total: regions.totalDocs })}
        />
        <Stat value={trainings.totalDocs} label={t('home.figureTrainings')} />
      </div>
      {latest.length > 0 && (
        <section aria-labelledby="nieuw-in-kennisbank">
          <h2 id="nieuw-in-kennisbank">{t('kennisbank.homeLatestTitle')}</h2>
          <ul className="home-latest">
            {ARTICLE_KINDS.map((kind) => {
              const items = latest.filter((article) => article.kind === kind.value)
              if (items.length === 0) return null
              return (
                <li key={kind.value} className="card">
                  <h3>
                    <Link
                      href={`/kennisbank?soort=${kind.value}`}
                      aria-label={t('kennisbank.homeAllOfKind', { kind: kind.label[language] })}
                    >
                      {kind.label[language]}
                    </Link>
                  </h3>
                  <ul>
                    {items.map((article) => (
                      <li key={article.id}>
                        <Link href={articleLink(article.slug ?? '')}>{article.title}</Link>
                        {article.publishedAt && (
                          <>
                            {' '}
                            <span className="card__meta">
                              · <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, language)}</time>
                            </span>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              )
            })}
          </ul>
        </section>
      )}
      <h2>{t('home.offerTitle')}</h2>
      <ul className="cards cards--narrow">
        <li className="card">
          <h3>
            <Link href="/kennisbank">{t('nav.knowledge')}</Link>
          </h3>
          <p>{t('home.offerKnowledge')}</p>
        </li>
        <li className="card">
          <h3>
            <Link href="/opleidingen">{t('nav.trainings')}</Link>
          </h3>
          <p>{t('home.offerTrainings')}</p>
        </li>
        <li className="card">
          <h3>{t('home.offerGroupsTitle')}</h3>
          <p>{t('home.offerGroups')}</p>
        </li>
        <li className="card">
          <h3>{t('home.offerMatchingTitle')}</h3>
          <p>{t('home.offerMatching')}</p>
        </li>
      </ul>
    </>
  )
}
