import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Requests } from '../../../../../cms/collections/Requests'
import { hasRole } from '../../../../../cms/access/roles'
import { readableRequest, requestTimeline } from '../../../../../cms/endpoints/matching/requestActions'
import { temporalClient, temporalUiLink } from '../../../../../workflows/client'
import { staleLeftOut } from '../../../../../src/store/candidates'
import { NoAccess } from '../../../../components/NoAccess'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'
import { requireUser } from '../../../../lib/access'
import { formatDate, nameOf } from '../../../../lib/format'
import { optionLabel, optionLabels } from '../../../../lib/optionLabel'
import { getPayloadClient } from '../../../../lib/payload'
import { RequestLive } from './RequestLive'
import { StaleLeftOut } from './StaleLeftOut'
import { readOnPortalPage } from '../../../../../cms/hooks/accessLog/readRoute'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('requests.title') }
}

/** One request: what was asked, and the live progress of its matching workflow. */
export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { t, language } = await getT()
  const { user, allowed } = await requireUser(`/aanvragen/${id}`, ['coordinator', 'admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('requests.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const page = readOnPortalPage(`/aanvragen/${id}`)
  const found = await readableRequest(payload, user, id, page)
  if (!found.ok) notFound()
  const request = await payload.findByID({ collection: 'requests', id, depth: 1, overrideAccess: false, user, ...page })
  const timeline = await requestTimeline(payload, await temporalClient(), user, id).catch(() => null)
  const isStaff = hasRole(user, 'admin')
  const state = timeline?.ok ? timeline.value : null
  // Only while the run still looks for therapists: afterwards nobody else is asked anyway.
  const stillRanking = state && ['starting', 'negotiating', 'escalated'].includes(state.phase)
  const leftOut = stillRanking ? await staleLeftOut(payload, id, state.regionPolicy) : []
  const expertise = (request.expertise ?? [])
    .map((e) => nameOf(e))
    .filter(Boolean)
    .join(', ')
  return (
    <>
      <PageHeader
        title={request.title}
        lead={`${optionLabel(Requests, 'kind', request.kind, language)} · ${nameOf(request.region) ?? ''} · ${optionLabel(Requests, 'urgency', request.urgency, language)}`}
      />
      <div className="request-layout">
        <div className="request-layout__main">
          <RequestLive
            requestId={id}
            initial={state}
            started={Boolean(request.workflowId)}
            isStaff={isStaff}
            temporalLink={isStaff ? temporalUiLink(`matching-${id}`) : undefined}
            status={request.status}
            statusLabels={optionLabels(Requests, 'status', language)}
          />
          <StaleLeftOut leftOut={leftOut} isStaff={isStaff} t={t} />
        </div>
        <aside className="card request-layout__facts" aria-labelledby="request-facts">
          <h2 id="request-facts">{t('matching.requestFacts')}</h2>
          <dl className="facts facts--stacked">
            {expertise && (
              <>
                <dt>{t('matching.expertise')}</dt>
                <dd>{expertise}</dd>
              </>
            )}
            {request.targetGroup && (
              <>
                <dt>{t('matching.targetGroup')}</dt>
                <dd>{nameOf(request.targetGroup)}</dd>
              </>
            )}
            {request.hoursPerWeek != null && (
              <>
                <dt>{t('matching.hoursPerWeek')}</dt>
                <dd>{request.hoursPerWeek}</dd>
              </>
            )}
            {request.wantedStart && (
              <>
                <dt>{t('matching.wantedStart')}</dt>
                <dd>{formatDate(request.wantedStart, language)}</dd>
              </>
            )}
            {request.context && (
              <>
                <dt>{t('matching.context')}</dt>
                <dd>{request.context}</dd>
              </>
            )}
          </dl>
        </aside>
      </div>
    </>
  )
}
