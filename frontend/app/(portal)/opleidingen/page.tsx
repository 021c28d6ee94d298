import type { Metadata } from 'next'
import { memberIdOf } from '../../../../cms/access/memberOfUser'
import { Trainings } from '../../../../cms/collections/Trainings'
import { EmptyState } from '../../../components/EmptyState'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { formatDate, nameOf } from '../../../lib/format'
import { optionLabel } from '../../../lib/optionLabel'
import { getPayloadClient } from '../../../lib/payload'
import { getCurrentUser } from '../../../lib/session'
import { hasRole } from '../../../../cms/access/roles'
import { EnrolButton } from './EnrolButton'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('trainings.title') }
}

/** The training offer: format, region, free places, first session, what it certifies; therapists enrol here. */
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
  // Places taken are a count only (no names), so they are read with overrideAccess.
  const placesTaken = new Map<string, number>()
  const mine = new Map<string, string>()
  await Promise.all(
    trainings.docs.map(async (training) => {
      const taken = await payload.count({
        collection: 'enrollments',
        where: { training: { equals: training.id }, placeKey: { like: 'place-' } },
        overrideAccess: true,
      })
      placesTaken.set(String(training.id), taken.totalDocs)
    }),
  )
  const isTherapist = hasRole(user, 'therapist')
  if (user && isTherapist) {
    const memberId = await memberIdOf(payload, user.id)
    if (memberId) {
      const enrolled = await payload.find({
        collection: 'enrollments',
        where: { member: { equals: memberId } },
        limit: 100,
        depth: 0,
        overrideAccess: false,
        user,
      })
      for (const e of enrolled.docs) mine.set(String(e.training), e.status)
    }
  }
  return (
    <>
      <PageHeader title={t('trainings.title')} lead={t('trainings.lead')} />
      {trainings.docs.length === 0 ? (
        <EmptyState title={t('trainings.emptyTitle')}>
          <p>{t('trainings.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="cards">
          {trainings.docs.map((training) => {
            const firstSession = training.sessionDates?.map((session) => session.date).sort()[0]
            const region = nameOf(training.region)
            const method = nameOf(training.method)
            return (
              <li key={training.id} className="card">
                <p className="card__meta">
                  <span className="badge">{optionLabel(Trainings, 'format', training.format, language)}</span>
                  {region && <> · {region}</>}
                </p>
                <h2>{training.title}</h2>
                <p>{training.summary}</p>
                <p className="card__meta">
                  {t('trainings.places', { count: training.capacity })}
                  {firstSession && <> · {t('trainings.firstSession', { date: formatDate(firstSession, language) })}</>}
                </p>
                {method && <p className="card__meta">{t('trainings.certifies', { method })}</p>}
                {training.priceNote && <p className="card__meta">{training.priceNote}</p>}
                {(() => {
                  const free = Math.max(0, training.capacity - (placesTaken.get(String(training.id)) ?? 0))
                  const status = mine.get(String(training.id))
                  return (
                    <>
                      <p className="card__meta">
                        {free > 0
                          ? t('certification.placesLeft', { count: free, capacity: training.capacity })
                          : t('certification.full')}
                      </p>
                      {status ? (
                        <p>
                          <a href="/mijn-opleidingen">
                            {t('certification.yourStatus', {
                              status: t(`certification.status.${status === 'completed' ? 'certified' : status}`),
                            })}
                          </a>
                        </p>
                      ) : isTherapist ? (
                        <EnrolButton trainingId={String(training.id)} title={training.title} />
                      ) : !user ? (
                        <p className="card__meta">{t('certification.loginToEnrol')}</p>
                      ) : null}
                    </>
                  )
                })()}
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
