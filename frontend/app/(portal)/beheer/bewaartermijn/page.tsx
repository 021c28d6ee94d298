import type { Metadata } from 'next'
import { dueRequests, retentionMonths } from '../../../../../src/store/retention'
import { NoAccess } from '../../../../components/NoAccess'
import { Notice } from '../../../../components/Notice'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'
import { requireUser } from '../../../../lib/access'
import { getPayloadClient } from '../../../../lib/payload'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('retention.title') }
}

/** Staff: what the next nightly retention run would anonymise, by the month the requests closed. */
export default async function RetentionPreviewPage() {
  const { t, language } = await getT()
  const { allowed } = await requireUser('/beheer/bewaartermijn', ['admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('retention.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const months = await retentionMonths(payload)
  const [due, done] = await Promise.all([
    dueRequests(payload, new Date(), months),
    payload.count({ collection: 'audit-log', where: { action: { equals: 'anonymise' } }, overrideAccess: true }),
  ])
  const byMonth = new Map<string, number>()
  for (const request of due) {
    const month = request.closedSince.slice(0, 7)
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1)
  }
  const monthName = (month: string) =>
    new Date(`${month}-01T12:00:00Z`).toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', {
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    })
  return (
    <>
      <PageHeader title={t('retention.title')} lead={t('retention.lead', { count: months })} />
      <Notice tone={due.length > 0 ? 'warning' : 'success'} title={t('retention.preview', { count: due.length })}>
        {t('retention.what')}
      </Notice>
      {due.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('retention.byMonth')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('retention.closedIn')}</th>
                <th scope="col">{t('retention.requests')}</th>
              </tr>
            </thead>
            <tbody>
              {[...byMonth].map(([month, count]) => (
                <tr key={month}>
                  <th scope="row">{monthName(month)}</th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t('retention.done', { count: done.totalDocs })}</p>
    </>
  )
}
