import type { Metadata } from 'next'
import { EmptyState } from '../../../components/EmptyState'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { formatDate, nameOf } from '../../../lib/format'
import { getPayloadClient } from '../../../lib/payload'
import { ActionForm } from '../mijn-opleidingen/ActionForm'
import { progressOf } from '../mijn-opleidingen/progressOf'
import { attendanceDateProblem } from '../../../../src/domain/trainingPlaces'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('certification.trainerTitle') }
}

/**
 * For trainers: assignments waiting for review, steps past their deadline (extend or
 * end), attendance per session and assessments — only of their own trainings (access rules).
 */
export default async function TrainerPage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/trainer', ['trainer', 'admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('certification.trainerTitle')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const trainings = await payload.find({
    collection: 'trainings',
    where: { trainers: { contains: user.id } },
    limit: 50,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const enrollments = await forbiddenAsEmpty(
    payload.find({
      collection: 'enrollments',
      where: { training: { in: trainings.docs.map((d) => d.id) }, status: { equals: 'active' } },
      limit: 500,
      depth: 1,
      overrideAccess: false,
      user,
    }),
  )
  const active = (enrollments?.docs ?? []).map((doc) => ({
    doc,
    id: String(doc.id),
    name: nameOf(doc.member, 'displayName') ?? '—',
    progress: progressOf(doc),
  }))
  const pending = active.filter((e) => e.doc.pendingReview)
  const overdue = active.filter((e) => e.doc.overdue)

  if (trainings.docs.length === 0) {
    return (
      <>
        <PageHeader title={t('certification.trainerTitle')} />
        <EmptyState title={t('certification.noTrainings')} />
      </>
    )
  }
  return (
    <>
      <PageHeader title={t('certification.trainerTitle')} lead={t('certification.trainerLead')} />

      <section aria-labelledby="reviews">
        <h2 id="reviews">{t('certification.pendingReviews')}</h2>
        {pending.length === 0 ? (
          <p>{t('certification.noPending')}</p>
        ) : (
          <ul className="cards">
            {pending.flatMap(({ id, name, progress, doc }) =>
              (progress?.steps ?? [])
                .filter((s) => s.status === 'submitted')
                .map((step) => (
                  <li key={`${id}-${step.stepId}`} className="card">
                    <p className="card__meta">{nameOf(doc.training, 'title')}</p>
                    <h3>
                      {name}: {step.title}
                    </h3>
                    <blockquote className="submission">{step.submission?.text}</blockquote>
                    {step.submission?.fileUrl && (
                      <p>
                        <a href={step.submission.fileUrl} target="_blank" rel="noreferrer">
                          {step.submission.fileUrl}
                        </a>
                      </p>
                    )}
                    <ActionForm
                      enrollmentId={id}
                      fixed={{ action: 'reviewAssignment', stepId: step.stepId, decision: 'approve' }}
                      fields={[{ name: 'feedback', label: t('certification.feedback'), multiline: true }]}
                      label={t('certification.approve')}
                    />
                    <ActionForm
                      enrollmentId={id}
                      fixed={{ action: 'reviewAssignment', stepId: step.stepId, decision: 'return' }}
                      fields={[
                        { name: 'feedback', label: t('certification.feedback'), multiline: true, required: true },
                      ]}
                      label={t('certification.return')}
                      variant="secondary"
                    />
                  </li>
                )),
            )}
          </ul>
        )}
      </section>

      <section aria-labelledby="overdue">
        <h2 id="overdue">{t('certification.overdueTitle')}</h2>
        {overdue.length === 0 ? (
          <p>{t('certification.noOverdue')}</p>
        ) : (
          <ul className="cards">
            {overdue.flatMap(({ id, name, progress, doc }) =>
              (progress?.steps ?? [])
                .filter((s) => s.status !== 'done' && s.deadline && Date.parse(s.deadline) < Date.parse(progress!.asOf))
                .map((step) => (
                  <li key={`${id}-${step.stepId}`} className="card">
                    <p className="card__meta">
                      {nameOf(doc.training, 'title')} ·{' '}
                      {t('certification.deadline', { date: formatDate(step.deadline, language) })}
                    </p>
                    <h3>
                      {name}: {step.title}
                    </h3>
                    <ActionForm
                      enrollmentId={id}
                      fixed={{ action: 'grantExtension', stepId: step.stepId }}
                      fields={[
                        { name: 'until', label: t('certification.extendUntil'), type: 'date', required: true },
                        { name: 'reason', label: t('certification.reason'), required: true },
                      ]}
                      label={t('certification.extend')}
                    />
                    <ActionForm
                      enrollmentId={id}
                      fixed={{ action: 'endEnrollment' }}
                      fields={[{ name: 'reason', label: t('certification.reason'), required: true }]}
                      label={t('certification.end')}
                      variant="danger"
                    />
                  </li>
                )),
            )}
          </ul>
        )}
      </section>

      {trainings.docs.map((training) => {
        const trainees = active.filter(
          (e) =>
            String(typeof e.doc.training === 'object' ? e.doc.training?.id : e.doc.training) === String(training.id),
        )
        const sessionsStep = (e: (typeof trainees)[number]) =>
          e.progress?.steps.find((s) => s.kind === 'sessions' && s.status !== 'done')
        const assessmentStep = (e: (typeof trainees)[number]) =>
          e.progress?.steps.find((s) => s.kind === 'assessment' && s.status !== 'done')
        return (
          <section key={training.id} aria-label={training.title}>
            <h2>
              {training.title}: {t('certification.trainees')} ({trainees.length})
            </h2>
            <h3>{t('certification.attendance')}</h3>
            {(training.sessionDates ?? []).map((session) => (
              <details key={session.id ?? session.date}>
                <summary>{t('certification.session', { date: formatDate(session.date, language) })}</summary>
                <ul>
                  {trainees
                    .filter(
                      (e) =>
                        sessionsStep(e) &&
                        !attendanceDateProblem(training.sessionDates, e.doc.enrolledAt, session.date),
                    )
                    .map((e) => (
                      <li key={e.id}>
                        {e.name} (
                        {t('certification.count', { count: sessionsStep(e)!.count, target: sessionsStep(e)!.target })})
                        <ActionForm
                          enrollmentId={e.id}
                          fixed={{
                            action: 'recordAttendance',
                            stepId: sessionsStep(e)!.stepId,
                            sessionDate: session.date,
                            present: true,
                          }}
                          label={t('certification.present')}
                          variant="secondary"
                        />
                      </li>
                    ))}
                </ul>
              </details>
            ))}
            <h3>{t('certification.assessments')}</h3>
            <ul>
              {trainees.filter(assessmentStep).map((e) => (
                <li key={e.id}>
                  {e.name}: {assessmentStep(e)!.title}
                  <ActionForm
                    enrollmentId={e.id}
                    fixed={{ action: 'recordAssessment', stepId: assessmentStep(e)!.stepId, passed: true }}
                    fields={[{ name: 'feedback', label: t('certification.feedback'), multiline: true }]}
                    label={t('certification.passed')}
                  />
                  <ActionForm
                    enrollmentId={e.id}
                    fixed={{ action: 'recordAssessment', stepId: assessmentStep(e)!.stepId, passed: false }}
                    fields={[{ name: 'feedback', label: t('certification.feedback'), multiline: true, required: true }]}
                    label={t('certification.notPassed')}
                    variant="secondary"
                  />
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
