import type { User } from '../../../../cms/payload-types'
import { memberIdOf } from '../../../../cms/access/memberOfUser'
import { idOf } from '../../../../src/domain/ids'
import { formatCredits } from '../../../../src/domain/renewalCredits'
import { getT } from '../../../i18n/server'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { formatDate, nameOf } from '../../../lib/format'
import { getPayloadClient } from '../../../lib/payload'
import { ActionForm } from '../mijn-opleidingen/ActionForm'

/**
 * Continuing education that waits for this trainer's (or staff's) word: what the access rules let
 * them read (activities on certificates of their own trainings; staff all), not their own.
 */
export async function CreditReviewList({ user }: { user: User }) {
  const { t, language } = await getT()
  const payload = await getPayloadClient()
  const pending = await forbiddenAsEmpty(
    payload.find({
      collection: 'credit-activities',
      where: { status: { equals: 'pending' } },
      limit: 200,
      depth: 1,
      overrideAccess: false,
      user,
    }),
  )
  const own = await memberIdOf(payload, user.id)
  const items = (pending?.docs ?? []).filter((doc) => idOf(doc.member) !== own)
  return (
    <section aria-labelledby="credit-reviews">
      <h2 id="credit-reviews">
        {t('credits.reviewTitle')} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{t('credits.reviewEmpty')}</p>
      ) : (
        <ul className="cards">
          {items.map((activity) => {
            const name = nameOf(activity.member, 'displayName') ?? '—'
            return (
              <li key={String(activity.id)} className="card">
                <p className="card__meta">
                  {t('credits.reviewMeta', {
                    name,
                    training: nameOf(activity.training, 'title') ?? '',
                    date: formatDate(activity.date, language),
                    credits: formatCredits(activity.credits),
                  })}
                </p>
                <h3>{activity.title}</h3>
                <p>{activity.description}</p>
                <p>
                  <a href={activity.proofUrl} target="_blank" rel="noreferrer">
                    {t('credits.proof')}
                  </a>
                </p>
                <ActionForm
                  enrollmentId={String(activity.id)}
                  url={`/api/credit-activities/${encodeURIComponent(String(activity.id))}/decide`}
                  fields={[
                    {
                      name: 'reason',
                      label: t('credits.reasonFor', { name, title: activity.title }),
                      description: t('credits.reasonHelp', { name }),
                      multiline: true,
                    },
                  ]}
                  choices={[
                    { label: t('credits.approve'), fixed: { decision: 'approve' } },
                    { label: t('credits.reject'), fixed: { decision: 'reject' }, variant: 'secondary' },
                  ]}
                />
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
