import type { Metadata } from 'next'
import Link from 'next/link'
import { Requests } from '../../../../cms/collections/Requests'
import { EmptyState } from '../../../components/EmptyState'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { Pagination } from '../../../components/Pagination'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { formatDate, nameOf } from '../../../lib/format'
import { optionLabel } from '../../../lib/optionLabel'
import { getPayloadClient } from '../../../lib/payload'
import {
  REQUEST_STATUSES,
  SEARCH_MAX_LENGTH,
  isFiltered,
  parseRequestsQuery,
  requestsHref,
} from '../../../lib/requestsQuery'
import { findRequests } from './findRequests'
import { RequestFilters } from './RequestFilters'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('requests.title') }
}

/** Expertise requests of the coordinator's organisation (staff see all), 20 a page, filtered by status and title. */
export default async function RequestsPage({ searchParams }: Props) {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/aanvragen', ['coordinator', 'admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('requests.title')} />
        <NoAccess />
      </>
    )
  const query = parseRequestsQuery(await searchParams)
  const requests = await findRequests(await getPayloadClient(), user, query)
  const docs = requests?.docs ?? []
  const filtered = isFiltered(query)
  const noResults = query.zoek
    ? t(query.status ? 'requests.noResultsBoth' : 'requests.noResultsSearch', { q: query.zoek })
    : t('requests.noResultsStatus')
  return (
    <>
      <PageHeader title={t('requests.title')} lead={t('requests.lead')}>
        <Link className="btn btn--primary" href="/aanvragen/nieuw">
          {t('matching.newRequest')}
        </Link>
      </PageHeader>
      {requests && (requests.totalDocs > 0 || filtered) && (
        <RequestFilters
          query={query}
          statuses={REQUEST_STATUSES.map((value) => ({
            value,
            label: optionLabel(Requests, 'status', value, language),
          }))}
          maxLength={SEARCH_MAX_LENGTH}
          labels={{
            legend: t('requests.filters'),
            status: t('requests.status'),
            allStatuses: t('requests.allStatuses'),
            search: t('requests.search'),
            searchHint: t('requests.searchHint'),
            submit: t('requests.submit'),
            reset: t('requests.reset'),
          }}
        />
      )}
      {requests && (
        <p className="list-count" role="status">
          {t(filtered ? 'requests.countFiltered' : 'requests.count', { count: requests.totalDocs })}
        </p>
      )}
      {docs.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t('requests.noResultsTitle')}
            action={
              <Link href="/aanvragen" className="btn btn--secondary">
                {t('requests.reset')}
              </Link>
            }
          >
            <p>{noResults}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t('requests.emptyTitle')}>
            <p>{requests ? t('requests.empty') : t('requests.noOrganisation')}</p>
          </EmptyState>
        )
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
      {requests && (
        <Pagination
          page={requests.page ?? 1}
          totalPages={requests.totalPages}
          hrefOf={(page) => requestsHref(query, { pagina: page })}
          labels={{
            nav: t('requests.pagination'),
            previous: t('requests.previous'),
            next: t('requests.next'),
            page: (n) => t('requests.page', { n }),
            position: (n, total) => t('requests.pageOf', { n, total }),
          }}
        />
      )}
    </>
  )
}
