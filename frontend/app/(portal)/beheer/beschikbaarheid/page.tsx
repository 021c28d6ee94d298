import type { Metadata } from 'next'
import { availabilityByRegion } from '../../../../../src/store/availabilityOverview'
import { NoAccess } from '../../../../components/NoAccess'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'
import { requireUser } from '../../../../lib/access'
import { formatDate } from '../../../../lib/format'
import { getPayloadClient } from '../../../../lib/payload'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('availabilityOverview.title') }
}

/** Staff: per region the date each therapist last confirmed availability, and who matching leaves out. */
export default async function AvailabilityOverviewPage() {
  const { t, language } = await getT()
  const { allowed } = await requireUser('/beheer/beschikbaarheid', ['admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('availabilityOverview.title')} />
        <NoAccess />
      </>
    )
  const regions = (await availabilityByRegion(await getPayloadClient(), new Date())).filter(
    (region) => region.therapists.length > 0,
  )
  return (
    <>
      <PageHeader title={t('availabilityOverview.title')} lead={t('availabilityOverview.lead')} />
      {regions.map((region) => (
        <section key={region.regionId} aria-labelledby={`regio-${region.regionId}`}>
          <h2 id={`regio-${region.regionId}`}>
            {region.name} · {t('availabilityOverview.staleCount', { count: region.stale })}
          </h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('availabilityOverview.therapist')}</th>
                  <th scope="col">{t('availabilityOverview.confirmedAt')}</th>
                  <th scope="col">{t('availabilityOverview.status')}</th>
                </tr>
              </thead>
              <tbody>
                {region.therapists.map((therapist) => (
                  <tr key={therapist.memberId}>
                    <td>{therapist.displayName}</td>
                    <td>
                      {therapist.confirmed
                        ? formatDate(therapist.confirmedAt, language)
                        : t('availabilityOverview.neverSince', { date: formatDate(therapist.confirmedAt, language) })}
                    </td>
                    <td>{therapist.stale ? t('availabilityOverview.stale') : t('availabilityOverview.current')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  )
}
