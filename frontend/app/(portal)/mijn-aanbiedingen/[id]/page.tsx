import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Offers } from '../../../../../cms/collections/Offers'
import { NoAccess } from '../../../../components/NoAccess'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'
import { requireUser } from '../../../../lib/access'
import { formatDate } from '../../../../lib/format'
import { optionLabel } from '../../../../lib/optionLabel'
import { getPayloadClient } from '../../../../lib/payload'
import { AnswerForm } from './AnswerForm'
import { OfferContact } from './OfferContact'
import { OfferOutcome } from './OfferOutcome'
import { loadOfferContact } from './loadOfferContact'
import { readOnPortalPage } from '../../../../../cms/hooks/accessLog/readRoute'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('matching.offerTitle') }
}

/** The deep link of an offer mail: what is asked, why this therapist, and the answer. */
export default async function OfferPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { t, language } = await getT()
  const { user, allowed } = await requireUser(`/mijn-aanbiedingen/${id}`, ['therapist'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('matching.offerTitle')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  // Read with the therapist's own access: someone else's offer is simply not found.
  const offer = await payload
    .findByID({
      collection: 'offers',
      id,
      depth: 0,
      overrideAccess: false,
      user,
      ...readOnPortalPage(`/mijn-aanbiedingen/${id}`),
    })
    .catch(() => null)
  if (!offer) notFound()
  const contact = offer.status === 'confirmed' ? await loadOfferContact(payload, user, id) : null
  const [headline, ...rest] = (offer.summary ?? '').split('\n')
  return (
    <>
      <PageHeader title={t('matching.offerTitle')} lead={headline}>
        <span className={offer.status === 'open' ? 'badge badge--accent' : 'badge'}>
          {optionLabel(Offers, 'status', offer.status, language)}
        </span>
      </PageHeader>
      <OfferOutcome status={offer.status} />
      {contact && <OfferContact contact={contact} />}
      {rest.join('\n').trim() && <p style={{ whiteSpace: 'pre-line' }}>{rest.join('\n').trim()}</p>}
      {offer.reasons && (
        <>
          <h2>{t('matching.offerWhy')}</h2>
          <p>{offer.reasons}</p>
        </>
      )}
      {offer.status === 'open' && offer.deadline && (
        <p className="card__meta">
          {t('matching.offerDeadline', { date: formatDate(offer.deadline, language, true) })}
        </p>
      )}
      {offer.status === 'open' && <AnswerForm offerId={id} />}
    </>
  )
}
