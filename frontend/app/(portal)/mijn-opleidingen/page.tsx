import type { Metadata } from 'next'
import { memberIdOf } from '../../../../cms/access/memberOfUser'
import Link from 'next/link'
import { EmptyState } from '../../../components/EmptyState'
import { Meter } from '../../../components/Meter'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { messageInLanguage } from '../../../i18n/messageInLanguage'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { formatDate, nameOf } from '../../../lib/format'
import { getPayloadClient } from '../../../lib/payload'
import { ActionForm } from './ActionForm'
import { progressOf } from '../../../lib/progressOf'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('certification.myTitle') }
}

/** "Mijn opleidingen": each enrolment with a progress bar, its steps, what to do next, the certificate. */
export default async function MyTrainingsPage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/mijn-opleidingen', ['therapist'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('certification.myTitle')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const memberId = await memberIdOf(payload, user.id)
  const enrollments = memberId
    ? await forbiddenAsEmpty(
        payload.find({
          collection: 'enrollments',
          where: { member: { equals: memberId } },
          sort: '-createdAt',
          limit: 50,
          depth: 1,
          overrideAccess: false,
          user,
        }),
      )
    : null
  const docs = enrollments?.docs ?? []

  return (
    <>
      <PageHeader title={t('certification.myTitle')} lead={t('certification.myLead')} />
      {docs.length === 0 ? (
        <EmptyState title={t('certification.myEmptyTitle')}>
          <p>{t('certification.myEmpty')}</p>
          <p>
            <Link href="/opleidingen">{t('certification.toOffer')}</Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="cards">
          {docs.map((enrollment) => {
            const progress = progressOf(enrollment)
            const status = progress?.status ?? enrollment.status
            const id = String(enrollment.id)
            const title = nameOf(enrollment.training, 'title') ?? progress?.trainingTitle ?? ''
            const asOf = progress ? Date.parse(progress.asOf) : Date.now()
            return (
              <li key={id} className="card">
                <p className="card__meta">
                  <span className="badge">{t(`certification.status.${status}`, { defaultValue: status })}</span>
                </p>
                <h2>{title}</h2>
                <Meter
                  value={progress?.percent ?? 0}
                  max={100}
                  label={t('certification.progress', { percent: progress?.percent ?? 0 })}
                />
                <p className="card__meta">{t('certification.progress', { percent: progress?.percent ?? 0 })}</p>
                {status === 'waiting' && (
                  <p>
                    {t('certification.waitingSince', {
                      date: formatDate(progress?.waitingSince ?? enrollment.waitingSince, language),
                    })}
                  </p>
                )}
                {progress?.ended && (
                  <p>
                    {t('certification.endedBecause', { reason: messageInLanguage(progress.ended.reason, language) })}
                  </p>
                )}

                {progress?.certificate && (
                  <section>
                    <p>
                      {t('certification.certificate', {
                        number: progress.certificate.number,
                        date: formatDate(progress.certificate.validUntil, language),
                      })}
                    </p>
                    <p>
                      <Link href={`/certificaat/${encodeURIComponent(progress.certificate.number)}`}>
                        {t('certification.viewCertificate')}
                      </Link>
                    </p>
                    <p>
                      <Link href="/mijn-certificaten">{t('myCertificates.fromTrainings')}</Link>
                    </p>
                    {/* Renewal goes by the credits ledger: the credits page shows it and sends the request. */}
                    <p>
                      <Link href={`/mijn-certificaten/${encodeURIComponent(progress.certificate.number)}/punten`}>
                        {status === 'renewal-due' && progress.renewal?.creditsSubmitted === undefined
                          ? t('certification.requestRenewal')
                          : t('credits.toCredits')}
                      </Link>
                    </p>
                  </section>
                )}

                {status === 'active' && progress && (
                  <ol className="steps">
                    {progress.steps.map((step) => {
                      const late = step.status !== 'done' && step.deadline && Date.parse(step.deadline) < asOf
                      return (
                        <li key={step.stepId} className={`step step--${step.status}`}>
                          <h3>{step.title}</h3>
                          <p className="card__meta">
                            <span className="badge">{t(`certification.stepStatus.${step.status}`)}</span>
                            {step.target > 1 && (
                              <> · {t('certification.count', { count: step.count, target: step.target })}</>
                            )}
                            {step.deadline && step.status !== 'done' && (
                              <> · {t('certification.deadline', { date: formatDate(step.deadline, language) })}</>
                            )}
                            {late && (
                              <>
                                {' '}
                                · <strong>{t('certification.overdue')}</strong>
                              </>
                            )}
                          </p>
                          {step.instructions && <p>{step.instructions}</p>}
                          {step.nextAction && <p>{messageInLanguage(step.nextAction, language)}</p>}
                          {step.feedback && (
                            <p>
                              <em>{t('certification.feedback')}:</em> {step.feedback}
                            </p>
                          )}
                          {(step.claims ?? []).length > 0 && (
                            <>
                              <h4>{t('certification.claimsOf')}</h4>
                              <ul>
                                {step.claims!.map((claim) => (
                                  <li key={claim.key}>
                                    {t('certification.claimLine', {
                                      amount: claim.amount,
                                      date: formatDate(claim.reportedAt, language),
                                      status: t(`certification.claimStatus.${claim.status}`),
                                    })}
                                    {claim.note && <> — {claim.note}</>}
                                  </li>
                                ))}
                              </ul>
                            </>
                          )}
                          {step.status !== 'done' && step.kind === 'elearning' && (
                            <>
                              {step.link && (
                                <p>
                                  <a href={step.link} target="_blank" rel="noreferrer">
                                    {t('certification.openLink')}
                                  </a>
                                </p>
                              )}
                              <ActionForm
                                enrollmentId={id}
                                fixed={{ action: 'completeStep', stepId: step.stepId }}
                                label={t('certification.markDone')}
                                variant="secondary"
                              />
                            </>
                          )}
                          {step.kind === 'assignment' && (step.status === 'open' || step.status === 'returned') && (
                            <ActionForm
                              enrollmentId={id}
                              fixed={{ action: 'submitAssignment', stepId: step.stepId }}
                              fields={[
                                {
                                  name: 'text',
                                  label: t('certification.assignmentText'),
                                  description: t('certification.assignmentHelp'),
                                  multiline: true,
                                  required: true,
                                },
                                { name: 'fileUrl', label: t('certification.fileUrl'), type: 'url' },
                              ]}
                              label={t('certification.submit')}
                            />
                          )}
                          {step.status !== 'done' &&
                            (step.kind === 'supervised-cases' || step.kind === 'supervision-hours') && (
                              <ActionForm
                                enrollmentId={id}
                                fixed={{ action: 'reportProgress', stepId: step.stepId }}
                                fields={[
                                  {
                                    name: 'amount',
                                    label: t(
                                      step.kind === 'supervision-hours'
                                        ? 'certification.amountHours'
                                        : 'certification.amountCases',
                                    ),
                                    type: 'number',
                                    required: true,
                                  },
                                ]}
                                label={t('certification.report')}
                                variant="secondary"
                              />
                            )}
                        </li>
                      )
                    })}
                  </ol>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
