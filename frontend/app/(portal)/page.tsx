import Link from 'next/link'
import { Stat } from '../../components/Stat'
import { getT } from '../../i18n/server'
import { getPayloadClient } from '../../lib/payload'
import { nationalTarget } from '../../lib/coverage'
import { getCurrentUser } from '../../lib/session'

export const dynamic = 'force-dynamic'

/** Home: what the platform is, three real figures, and where to go next. */
export default async function HomePage() {
  const { t } = await getT()
  const user = await getCurrentUser()
  const payload = await getPayloadClient()
  const target = await nationalTarget(payload)
  // Aggregate counts only: members are not readable by the public, but how many
  // are active is public information, so this count may bypass access.
  const [therapists, regions, trainings] = await Promise.all([
    payload.count({ collection: 'members', where: { status: { equals: 'active' } }, overrideAccess: true }),
    payload.count({ collection: 'regions', overrideAccess: false, user }),
    payload.count({ collection: 'trainings', overrideAccess: false, user }),
  ])
  return (
    <>
      <section className="hero" aria-labelledby="welkom">
        <h1 id="welkom">{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <div className="actions-row">
          {user ? (
            <Link href="/kennisbank" className="btn btn--primary">{t('home.ctaKnowledge')}</Link>
          ) : (
            <>
              <Link href="/aanmelden" className="btn btn--primary">{t('home.ctaSignUp')}</Link>
              <Link href="/inloggen" className="btn btn--secondary">{t('nav.login')}</Link>
            </>
          )}
          <Link href="/regios" className="btn btn--quiet">{t('home.ctaRegions')}</Link>
        </div>
      </section>
      <h2>{t('home.figuresTitle')}</h2>
      <div className="stats">
        <Stat value={therapists.totalDocs} label={t('home.figureTherapists')} detail={t('home.figureTherapistsDetail', { target })} />
        <Stat value={regions.totalDocs} label={t('home.figureRegions')} />
        <Stat value={trainings.totalDocs} label={t('home.figureTrainings')} />
      </div>
      <h2>{t('home.offerTitle')}</h2>
      <ul className="cards">
        <li className="card"><h3><Link href="/kennisbank">{t('nav.knowledge')}</Link></h3><p>{t('home.offerKnowledge')}</p></li>
        <li className="card"><h3><Link href="/opleidingen">{t('nav.trainings')}</Link></h3><p>{t('home.offerTrainings')}</p></li>
        <li className="card"><h3>{t('home.offerGroupsTitle')}</h3><p>{t('home.offerGroups')}</p></li>
        <li className="card"><h3>{t('home.offerMatchingTitle')}</h3><p>{t('home.offerMatching')}</p></li>
      </ul>
    </>
  )
}
