import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Trainings, TRAINING_STEP_KINDS } from '../../../../../cms/collections/Trainings'
import { hasRole } from '../../../../../cms/access/roles'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'
import { formatDate, nameOf } from '../../../../lib/format'
import { optionLabel } from '../../../../lib/optionLabel'
import { getPayloadClient } from '../../../../lib/payload'
import { getCurrentUser } from '../../../../lib/session'
import { TrainingEnrolment } from '../TrainingEnrolment'
import { myEnrolments, placesTakenOn } from '../trainingOffer'
import { loadTraining, trainerNames } from './loadTraining'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const training = await loadTraining(await getPayloadClient(), (await params).slug, await getCurrentUser())
  return { title: training?.title ?? (await getT()).t('trainings.title') }
}

/** One training: what it is, when and where, who teaches it, what it asks and what the certificate gives. */
export default async function TrainingPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const { t, language } = await getT()
  const user = await getCurrentUser()
  const payload = await getPayloadClient()
  const training = await loadTraining(payload, slug, user)
  if (!training) notFound()
  const [placesTaken, mine, trainers] = await Promise.all([
    placesTakenOn(payload, training.id),
    myEnrolments(payload, user),
    trainerNames(payload, training.trainers),
  ])
  const sessions = (training.sessionDates ?? []).map((session) => session.date).sort()
  const region = nameOf(training.region)
  const method = nameOf(training.method)
  return (
    <>
      <p>
        <Link href="/opleidingen">← {t('trainings.title')}</Link>
      </p>
      <PageHeader title={training.title} lead={training.summary} />
      <div className="stack">
        <section aria-labelledby="training-facts" className="card">
          <h2 id="training-facts">{t('trainings.facts')}</h2>
          <dl className="facts">
            <dt>{t('trainings.format')}</dt>
            <dd>
              {optionLabel(Trainings, 'format', training.format, language)}
              {region && <> · {region}</>}
            </dd>
            <dt>{t('trainings.placesLabel')}</dt>
            <dd>{t('trainings.places', { count: training.capacity })}</dd>
            {trainers.length > 0 && (
              <>
                <dt>{t('trainings.trainers')}</dt>
                <dd>{trainers.join(', ')}</dd>
              </>
            )}
            {training.priceNote && (
              <>
                <dt>{t('trainings.price')}</dt>
                <dd>{training.priceNote}</dd>
              </>
            )}
          </dl>
          <TrainingEnrolment
            training={training}
            placesTaken={placesTaken}
            status={mine.get(String(training.id))}
            isTherapist={hasRole(user, 'therapist')}
            signedIn={Boolean(user)}
            t={t}
          />
        </section>

        <section aria-labelledby="training-sessions">
          <h2 id="training-sessions">{t('trainings.sessions')}</h2>
          {sessions.length ? (
            <ol>
              {sessions.map((date) => (
                <li key={date}>{formatDate(date, language, true)}</li>
              ))}
            </ol>
          ) : (
            <p>{t('trainings.selfPaced')}</p>
          )}
        </section>

        {training.steps?.length ? (
          <section aria-labelledby="training-steps">
            <h2 id="training-steps">{t('trainings.steps')}</h2>
            <ul>
              {training.steps.map((step, index) => (
                <li key={step.id ?? index}>
                  {step.title} ({optionLabelOf(step.kind, language)}
                  {step.target && step.target > 1 ? `, ${step.target}` : ''})
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="training-certificate">
          <h2 id="training-certificate">{t('trainings.certificate')}</h2>
          <p>
            {method ? t('trainings.certifies', { method }) : t('trainings.certificateOnly')}{' '}
            {t('trainings.validity', { count: training.validityYears ?? 5 })}{' '}
            {training.renewalCredits ? t('trainings.renewal', { count: training.renewalCredits }) : null}
          </p>
        </section>

        {training.description && (
          <section aria-labelledby="training-description">
            <h2 id="training-description">{t('trainings.description')}</h2>
            <RichText data={training.description as SerializedEditorState} />
          </section>
        )}
      </div>
    </>
  )
}

function optionLabelOf(kind: string, language: 'nl' | 'en') {
  const option = TRAINING_STEP_KINDS.find((candidate) => candidate.value === kind)
  return option ? (option.label as Record<string, string>)[language] : kind
}
