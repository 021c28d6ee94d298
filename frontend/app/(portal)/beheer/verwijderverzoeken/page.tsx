import type { Metadata } from 'next'
import { blockerProblem } from '../../../../../src/domain/erasure'
import { idOf } from '../../../../../src/domain/ids'
import { erasureBlockers } from '../../../../../src/store/memberErasure'
import { EmptyState } from '../../../../components/EmptyState'
import { NoAccess } from '../../../../components/NoAccess'
import { Notice } from '../../../../components/Notice'
import { PageHeader } from '../../../../components/PageHeader'
import { PostForm } from '../../../../components/PostForm'
import { getT } from '../../../../i18n/server'
import { messageInLanguage } from '../../../../i18n/messageInLanguage'
import { requireUser } from '../../../../lib/access'
import { formatDate } from '../../../../lib/format'
import { getPayloadClient } from '../../../../lib/payload'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('erasure.title') }
}

/** Staff: the open requests to remove a therapist's data, what still runs for each, and the decision. */
export default async function DeletionRequestsPage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/beheer/verwijderverzoeken', ['admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('erasure.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const pending = await payload.find({
    collection: 'deletion-requests',
    where: { status: { equals: 'pending' } },
    pagination: false,
    depth: 1,
    overrideAccess: false,
    user,
  })
  const requests = await Promise.all(
    [...pending.docs]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map(async (request) => ({
        request,
        name: typeof request.member === 'object' ? request.member.displayName : '',
        blocked: blockerProblem(await erasureBlockers(payload, idOf(request.member)!)),
      })),
  )
  return (
    <>
      <PageHeader title={t('erasure.title')} lead={t('erasure.lead')} />
      {requests.length === 0 && <EmptyState title={t('erasure.none')} />}
      <ul className="cards">
        {requests.map(({ request, name, blocked }) => (
          <li key={request.id} className="card">
            <h2>{name}</h2>
            <p className="card__meta">{t('erasure.requestedOn', { date: formatDate(request.createdAt, language) })}</p>
            {request.reason && <p>{request.reason}</p>}
            {blocked && (
              <Notice tone="warning" title={t('erasure.blocked')}>
                {messageInLanguage(blocked, language)}
              </Notice>
            )}
            <PostForm
              url={`/api/deletion-requests/${request.id}/decide`}
              fields={[{ name: 'note', label: t('erasure.note', { name }), multiline: true }]}
              choices={[
                { label: t('erasure.approve'), fixed: { decision: 'approve' }, variant: 'danger' },
                { label: t('erasure.reject'), fixed: { decision: 'reject' }, variant: 'secondary' },
              ]}
              success={t('erasure.done')}
            />
          </li>
        ))}
      </ul>
    </>
  )
}
