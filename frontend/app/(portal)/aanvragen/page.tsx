import type { Metadata } from 'next'
import Link from 'next/link'
import { Requests } from '../../../../cms/collections/Requests'
import { EmptyState } from '../../../components/EmptyState'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { formatDate, nameOf } from '../../../lib/format'
import { optionLabel } from '../../../lib/optionLabel'
import { getPayloadClient } from '../../../lib/payload'
import { readOnPortalPage } from '../../../../cms/hooks/accessLog/readRoute'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('requests.title') }
}

/** Expertise requests of the coordinator's organisation (staff see all). */
export default async function RequestsPage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/aanvragen', ['coordinator', 'admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('requests.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const requests = await forbiddenAsEmpty(
    payload.find({
      collection: 'requests',
      sort: '-createdAt',
      limit: 100,
      depth: 1,
      overrideAccess: false,
      user,
      ...readOnPortalPage('/aanvragen'),
    }),
  )
  const docs = requests?.docs ?? []
  return (
    <>
      <PageHeader title={t('requests.title')} lead={t('requests.lead')}>
        <Link className="btn btn--primary" href="/aanvragen/nieuw">
          {t('matching.newRequest')}
        </Link>
      </PageHeader>
      {docs.length === 0 ? (
        <EmptyState title={t('requests.emptyTitle')}>
          <p>{requests ? t('requests.empty') : t('requests.noOrganisation')}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('requests.colTitle')}</th>
                <th scope="col">{t('requests.colKind')}</th>
                <th scope="col">{t('requests.colRegion')}</th>
                <th scope="col">{t('requests.colUrgency')}</th>
                <th scope="col">{t('requests.colStatus')}</th>
                <th scope="col">{t('requests.colCreated')}</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((request) => (
                <tr key={request.id}>
                  <td>
                    <Link href={`/aanvragen/${request.id}`}>{request.title}</Link>
                    <br />
                    <span className="card__meta">{nameOf(request.organisation) ?? ''}</span>
                  </td>
                  <td>{optionLabel(Requests, 'kind', request.kind, language)}</td>
                  <td>{nameOf(request.region) ?? '—'}</td>
                  <td>{optionLabel(Requests, 'urgency', request.urgency, language)}</td>
                  <td>
                    <span className="badge">{optionLabel(Requests, 'status', request.status, language)}</span>
                  </td>
                  <td>{formatDate(request.createdAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
