import { getT } from '../../../i18n/server'
import { formatDate } from '../../../lib/format'
import type { SessionSheet } from '../../../lib/trainerWorklist'
import { ActionForm } from '../mijn-opleidingen/ActionForm'

/** One session as a table: each trainee who may attend it, whether they did, and the switch. */
export async function AttendanceSheet({ session }: { session: SessionSheet }) {
  const { t, language } = await getT()
  const caption = t('certification.session', { date: formatDate(session.date, language) })
  if (session.rows.length === 0)
    return (
      <p>
        {caption}: {t('certification.noTraineesForSession')}
      </p>
    )
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('certification.colTrainee')}</th>
            <th scope="col">{t('certification.colSessions')}</th>
            <th scope="col">{t('certification.colThisSession')}</th>
            <th scope="col">{t('certification.colRecord')}</th>
          </tr>
        </thead>
        <tbody>
          {session.rows.map(({ trainee, step, present }) => (
            <tr key={trainee.enrollmentId}>
              <th scope="row">{trainee.name}</th>
              <td>{t('certification.count', { count: step.count, target: step.target })}</td>
              <td>{present ? t('certification.present') : t('certification.notRecorded')}</td>
              <td>
                <ActionForm
                  enrollmentId={trainee.enrollmentId}
                  fixed={{
                    action: 'recordAttendance',
                    stepId: step.stepId,
                    sessionDate: session.date,
                    present: !present,
                  }}
                  label={present ? t('certification.withdrawPresence') : t('certification.markPresent')}
                  variant={present ? 'quiet' : 'secondary'}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
