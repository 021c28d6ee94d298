import type { Metadata } from 'next'
import { EmptyState } from '../../../components/EmptyState'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { nameOf } from '../../../lib/format'
import { getPayloadClient } from '../../../lib/payload'
import { progressOf } from '../../../lib/progressOf'
import { type Trainee, trainerWorklist } from '../../../lib/trainerWorklist'
import { idOf } from '../../../../src/domain/ids'
import { AttendanceSheet } from './AttendanceSheet'
import { CreditReviewList } from './CreditReviewList'
import { AssessmentList, ClaimList, OverdueList, ReviewList } from './DecisionLists'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('certification.trainerTitle') }
}

/**
 * For trainers, as a worklist: first what waits for their decision (assignments, reported
 * cases and hours, steps over the deadline), then per training an attendance sheet per
 * session and the assessments — only of their own trainings (access rules).
 */
export default async function TrainerPage() {
  const { t } = await getT()
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
  if (trainings.docs.length === 0) {
    return (
      <>
        <PageHeader title={t('certification.trainerTitle')} />
        <CreditReviewList user={user} />
        <EmptyState title={t('certification.noTrainings')} />
      </>
    )
  }
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
  const trainees = (enrollments?.docs ?? []).flatMap((doc): Trainee[] => {
    const progress = progressOf(doc)
    if (!progress) return []
    return [
      {
        enrollmentId: String(doc.id),
        trainingId: String(idOf(doc.training)),
        trainingTitle: nameOf(doc.training, 'title') ?? progress.trainingTitle,
        name: nameOf(doc.member, 'displayName') ?? '—',
        enrolledAt: doc.enrolledAt ?? null,
        progress,
      },
    ]
  })
  const work = trainerWorklist(
    trainings.docs.map((training) => ({
      id: String(training.id),
      title: training.title,
      sessionDates: training.sessionDates ?? [],
    })),
    trainees,
  )

  return (
    <>
      <PageHeader title={t('certification.trainerTitle')} lead={t('certification.trainerLead')} />
      <ReviewList items={work.reviews} />
      <ClaimList items={work.claims} />
      <OverdueList items={work.overdue} />
      <CreditReviewList user={user} />
      {work.sheets.map((sheet) => (
        <section key={sheet.training.id} aria-labelledby={`training-${sheet.training.id}`}>
          <h2 id={`training-${sheet.training.id}`}>
            {sheet.training.title}: {t('certification.trainees')} ({sheet.trainees})
          </h2>
          {sheet.trainees === 0 ? (
            <p>{t('certification.noTrainees')}</p>
          ) : (
            <>
              <h3>{t('certification.attendance')}</h3>
              {sheet.sessions.length === 0 ? (
                <p>{t('certification.noSessions')}</p>
              ) : (
                sheet.sessions.map((session) => <AttendanceSheet key={session.date} session={session} />)
              )}
              <AssessmentList items={sheet.assessments} />
            </>
          )}
        </section>
      ))}
    </>
  )
}
