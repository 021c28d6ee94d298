import { enrolmentFor } from '../../../../src/domain/trainingPlaces'
import type { ServerTranslation } from '../../../i18n/server'
import { EnrolButton } from './EnrolButton'

type Props = {
  training: { id: string | number; title: string; capacity: number; sessionDates?: { date?: string | null }[] | null }
  placesTaken: number
  /** The therapist's own enrolment status on this training, if any. */
  status: string | undefined
  isTherapist: boolean
  signedIn: boolean
  t: ServerTranslation['t']
}

/** Places left and what the reader can do: enrol, join the waiting list, or nothing once it has ended. */
export function TrainingEnrolment({ training, placesTaken, status, isTherapist, signedIn, t }: Props) {
  const enrolment = enrolmentFor(training, placesTaken, new Date())
  const free = Math.max(0, training.capacity - placesTaken)
  return (
    <>
      <p className="card__meta">
        {enrolment === 'closed'
          ? t('trainings.closed')
          : free > 0
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
      ) : enrolment === 'closed' ? null : isTherapist ? (
        <EnrolButton
          trainingId={String(training.id)}
          title={training.title}
          label={enrolment === 'waiting-list' ? t('trainings.joinWaitingList') : t('certification.enrol')}
        />
      ) : !signedIn ? (
        <p className="card__meta">{t('certification.loginToEnrol')}</p>
      ) : null}
    </>
  )
}
