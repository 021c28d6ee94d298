import type { Metadata } from 'next'
import Link from 'next/link'
import { Trainings } from '../../../../cms/collections/Trainings'
import { EmptyState } from '../../../components/EmptyState'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { formatDate, nameOf } from '../../../lib/format'
import { optionLabel } from '../../../lib/optionLabel'
import { getPayloadClient } from '../../../lib/payload'
import { getCurrentUser } from '../../../lib/session'
import { hasRole } from '../../../../cms/access/roles'
import { TrainingEnrolment } from './TrainingEnrolment'
import { myEnrolments, placesTakenOn } from './trainingOffer'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('trainings.title') }
}

/** The training offer: format, region, free places, first session, what it certifies; each links to its page. */
export default async function TrainingsPage() {
  const { t, language } = await getT()
  const user = await getCurrentUser()
  const payload = await getPayloadClient()
  const trainings = await payload.find({
    collection: 'trainings',
    sort: 'title',
    limit: 100,
    depth: 1,
    select: {
      title: true,
      slug: true,
      summary: true,
      format: true,
      region: true,
      capacity: true,
      sessionDates: true,
      method: true,
      priceNote: true,
    },
    overrideAccess: false,
    user,
  })
  const [placesTaken, mine] = await Promise.all([
    Promise.all(trainings.docs.map((training) => placesTakenOn(payload, training.id))),
    myEnrolments(payload, user),
  ])
  return (
    <>
      <PageHeader title={t('trainings.title')} lead={t('trainings.lead')} />
      {trainings.docs.length === 0 ? (
        <EmptyState title={t('trainings.emptyTitle')}>
          <p>{t('trainings.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="cards">
          {trainings.docs.map((training, index) => {
            const firstSession = training.sessionDates?.map((session) => session.date).sort()[0]
            const region = nameOf(training.region)
            const method = nameOf(training.method)
            return (
              <li key={training.id} className="card">
                <p className="card__meta">
                  <span className="badge">{optionLabel(Trainings, 'format', training.format, language)}</span>
                  {region && <> · {region}</>}
                </p>
                <h2>
                  <Link href={`/opleidingen/${training.slug}`}>{training.title}</Link>
                </h2>
                <p>{training.summary}</p>
                <p className="card__meta">
                  {t('trainings.places', { count: training.capacity })}
                  {firstSession && <> · {t('trainings.firstSession', { date: formatDate(firstSession, language) })}</>}
                </p>
                {method && <p className="card__meta">{t('trainings.certifies', { method })}</p>}
                {training.priceNote && <p className="card__meta">{training.priceNote}</p>}
                <TrainingEnrolment
                  training={training}
                  placesTaken={placesTaken[index]!}
                  status={mine.get(String(training.id))}
                  isTherapist={hasRole(user, 'therapist')}
                  signedIn={Boolean(user)}
                  t={t}
                />
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
