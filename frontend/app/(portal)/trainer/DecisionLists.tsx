import { getT } from '../../../i18n/server'
import { formatDate } from '../../../lib/format'
import type { ClaimItem } from '../../../lib/trainerWorklist'
import { ActionForm } from '../mijn-opleidingen/ActionForm'

type Item = {
  trainee: { enrollmentId: string; name: string; trainingTitle: string }
  step: { stepId: string; title: string }
}

/** A list of decisions with its heading and count; an empty one says so in a sentence. */
function DecisionSection<T extends Item>({
  id,
  title,
  empty,
  items,
  render,
}: {
  id: string
  title: string
  empty: string
  items: T[]
  render: (item: T) => React.ReactNode
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? <p>{empty}</p> : <ul className="cards">{items.map(render)}</ul>}
    </section>
  )
}

const keyOf = (item: Item, extra = '') => `${item.trainee.enrollmentId}-${item.step.stepId}${extra}`

/** Submitted assignments: the text, one feedback field for this trainee, approve or return. */
export async function ReviewList({
  items,
}: {
  items: (Item & { step: { submission?: { text: string; fileUrl?: string | null } | null } })[]
}) {
  const { t } = await getT()
  return (
    <DecisionSection
      id="reviews"
      title={t('certification.pendingReviews')}
      empty={t('certification.noPending')}
      items={items}
      render={({ trainee, step }) => (
        <li key={keyOf({ trainee, step })} className="card">
          <p className="card__meta">{trainee.trainingTitle}</p>
          <h3>
            {trainee.name}: {step.title}
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
            enrollmentId={trainee.enrollmentId}
            fields={[
              {
                name: 'feedback',
                label: t('certification.feedbackFor', { name: trainee.name }),
                description: t('certification.feedbackHelp'),
                multiline: true,
              },
            ]}
            choices={[
              {
                label: t('certification.approve'),
                fixed: { action: 'reviewAssignment', stepId: step.stepId, decision: 'approve' },
              },
              {
                label: t('certification.return'),
                fixed: { action: 'reviewAssignment', stepId: step.stepId, decision: 'return' },
                variant: 'secondary',
              },
            ]}
          />
        </li>
      )}
    />
  )
}

/** Cases or hours a trainee reported: they count only once confirmed here. */
export async function ClaimList({ items }: { items: ClaimItem[] }) {
  const { t, language } = await getT()
  return (
    <DecisionSection
      id="claims"
      title={t('certification.claimsTitle')}
      empty={t('certification.noClaims')}
      items={items}
      render={({ trainee, step, claim }) => (
        <li key={keyOf({ trainee, step }, claim.key)} className="card">
          <p className="card__meta">
            {trainee.trainingTitle} · {t('certification.reportedOn', { date: formatDate(claim.reportedAt, language) })}
          </p>
          <h3>
            {trainee.name}: {step.title}
          </h3>
          <p>
            {t(step.kind === 'supervision-hours' ? 'certification.hoursReported' : 'certification.casesReported', {
              name: trainee.name,
              count: claim.amount,
              countSoFar: step.count,
              target: step.target,
            })}
          </p>
          <ActionForm
            enrollmentId={trainee.enrollmentId}
            fields={[
              {
                name: 'note',
                label: t('certification.noteFor', { name: trainee.name }),
                description: t('certification.noteHelp'),
              },
            ]}
            choices={[
              {
                label: t('certification.confirm'),
                fixed: { action: 'confirmProgress', stepId: step.stepId, key: claim.key, decision: 'confirm' },
              },
              {
                label: t('certification.reject'),
                fixed: { action: 'confirmProgress', stepId: step.stepId, key: claim.key, decision: 'reject' },
                variant: 'secondary',
              },
            ]}
          />
        </li>
      )}
    />
  )
}

/** Steps past their deadline: a later deadline, or the end of the enrolment. */
export async function OverdueList({ items }: { items: (Item & { step: { deadline: string | null } })[] }) {
  const { t, language } = await getT()
  return (
    <DecisionSection
      id="overdue"
      title={t('certification.overdueTitle')}
      empty={t('certification.noOverdue')}
      items={items}
      render={({ trainee, step }) => (
        <li key={keyOf({ trainee, step })} className="card">
          <p className="card__meta">
            {trainee.trainingTitle} · {t('certification.deadline', { date: formatDate(step.deadline, language) })}
          </p>
          <h3>
            {trainee.name}: {step.title}
          </h3>
          <ActionForm
            enrollmentId={trainee.enrollmentId}
            fixed={{ action: 'grantExtension', stepId: step.stepId }}
            fields={[
              {
                name: 'until',
                label: t('certification.extendUntilFor', { name: trainee.name }),
                type: 'date',
                required: true,
              },
              { name: 'reason', label: t('certification.extendReasonFor', { name: trainee.name }), required: true },
            ]}
            label={t('certification.extend')}
          />
          <ActionForm
            enrollmentId={trainee.enrollmentId}
            fixed={{ action: 'endEnrollment' }}
            fields={[
              { name: 'reason', label: t('certification.endReasonFor', { name: trainee.name }), required: true },
            ]}
            label={t('certification.end')}
            variant="danger"
          />
        </li>
      )}
    />
  )
}

/** Open assessments of one training: one feedback field per trainee, passed or not. */
export async function AssessmentList({ items }: { items: Item[] }) {
  const { t } = await getT()
  return (
    <>
      <h3>{t('certification.assessments')}</h3>
      {items.length === 0 ? (
        <p>{t('certification.noAssessments')}</p>
      ) : (
        <ul className="cards">
          {items.map(({ trainee, step }) => (
            <li key={keyOf({ trainee, step })} className="card">
              <h4>
                {trainee.name}: {step.title}
              </h4>
              <ActionForm
                enrollmentId={trainee.enrollmentId}
                fields={[
                  {
                    name: 'feedback',
                    label: t('certification.assessmentFeedbackFor', { name: trainee.name }),
                    description: t('certification.assessmentFeedbackHelp'),
                    multiline: true,
                  },
                ]}
                choices={[
                  {
                    label: t('certification.passed'),
                    fixed: { action: 'recordAssessment', stepId: step.stepId, passed: true },
                  },
                  {
                    label: t('certification.notPassed'),
                    fixed: { action: 'recordAssessment', stepId: step.stepId, passed: false },
                    variant: 'secondary',
                  },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
