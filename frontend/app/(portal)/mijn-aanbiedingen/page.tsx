import type { Metadata } from 'next'
import Link from 'next/link'
import { Offers } from '../../../../cms/collections/Offers'
import { EmptyState } from '../../../components/EmptyState'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { formatDate, nameOf } from '../../../lib/format'
import { optionLabel } from '../../../lib/optionLabel'
import { getPayloadClient } from '../../../lib/payload'
import { readOnPortalPage } from '../../../../cms/hooks/accessLog/readRoute'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('offers.title') }
}

/** Match offers made to this therapist: open ones first, with the answer deadline. */
export default async function OffersPage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/mijn-aanbiedingen', ['therapist'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('offers.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const offers = await forbiddenAsEmpty(
    payload.find({
      collection: 'offers',
      sort: 'deadline',
      limit: 50,
      depth: 1,
      overrideAccess: false,
      user,
      ...readOnPortalPage('/mijn-aanbiedingen'),
    }),
  )
  const docs = [...(offers?.docs ?? [])].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'))
  return (
    <>
      <PageHeader title={t('offers.title')} lead={t('offers.lead')} />
      {docs.length === 0 ? (
        <EmptyState title={t('offers.emptyTitle')}>
          <p>{offers ? t('offers.empty') : t('offers.noProfile')}</p>
        </EmptyState>
      ) : (
        <ul className="cards">
          {docs.map((offer) => (
            <li key={offer.id} className="card">
              <p className="card__meta">
                <span className={offer.status === 'open' ? 'badge badge--accent' : 'badge'}>
                  {optionLabel(Offers, 'status', offer.status, language)}
                </span>
              </p>
              {/* The request's title shows only when the request is readable for this user. */}
              <h2>
                <Link href={`/mijn-aanbiedingen/${offer.id}`}>
                  {nameOf(offer.request, 'title') ?? offer.summary?.split('\n')[0] ?? t('offers.request')}
                </Link>
              </h2>
              {offer.reasons && <p>{offer.reasons}</p>}
              {offer.deadline && offer.status === 'open' && (
                <p className="card__meta">
                  {t('offers.deadline', { date: formatDate(offer.deadline, language, true) })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
