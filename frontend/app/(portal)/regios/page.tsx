import type { Metadata } from 'next'
import Link from 'next/link'
import { hasRole } from '../../../../cms/access/roles'
import { EmptyState } from '../../../components/EmptyState'
import { Meter } from '../../../components/Meter'
import { PageHeader } from '../../../components/PageHeader'
import { Stat } from '../../../components/Stat'
import { getT } from '../../../i18n/server'
import { coveragePercent, nationalTarget, therapistsPerRegion } from '../../../lib/coverage'
import { getPayloadClient } from '../../../lib/payload'
import { getCurrentUser } from '../../../lib/session'
import { CoverageChart } from './CoverageChart'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('regions.title') }
}

/** Regional coverage: active therapists per region against the region's target. */
export default async function RegionsPage() {
  const { t } = await getT()
  const user = await getCurrentUser()
  const payload = await getPayloadClient()
  const target = await nationalTarget(payload)
  const [regions, members] = await Promise.all([
    payload.find({ collection: 'regions', pagination: false, depth: 0, sort: 'name', overrideAccess: false, user }),
    // Only region ids of active members leave this query, and only as counts:
    // coverage is public, member profiles are not, hence the bypass.
    payload.find({
      collection: 'members',
      where: { status: { equals: 'active' } },
      pagination: false,
      depth: 0,
      select: { homeRegion: true, regionsServed: true },
      overrideAccess: true,
    }),
  ])
  const counts = therapistsPerRegion(members.docs)
  const covered = regions.docs.filter(
    (region) => (counts.get(String(region.id)) ?? 0) >= (region.targetTherapists ?? 0),
  ).length
  return (
    <>
      <PageHeader title={t('regions.title')} lead={t('regions.lead')} />
      <div className="stats">
        <Stat
          value={`${members.docs.length} / ${target}`}
          label={t('regions.national')}
          detail={t('regions.nationalDetail', { percent: coveragePercent(members.docs.length, target) })}
        />
        <Stat value={`${covered} / ${regions.docs.length}`} label={t('regions.coveredRegions')} />
      </div>
      <Meter value={members.docs.length} max={target} label={t('regions.national')} />
      {user && (hasRole(user, 'admin') || hasRole(user, 'coordinator')) && (
        <p>
          <Link href="/regios/dekking">{t('regions.detailLink')}</Link>
        </p>
      )}
      {regions.docs.length > 0 && (
        <CoverageChart
          caption={t('regions.chartCaption')}
          bars={regions.docs.map((region) => {
            const count = counts.get(String(region.id)) ?? 0
            return {
              name: region.name,
              coverage: coveragePercent(count, region.targetTherapists ?? 0),
              label: `${count}/${region.targetTherapists ?? 0}`,
            }
          })}
        />
      )}
      {regions.docs.length === 0 ? (
        <EmptyState title={t('regions.emptyTitle')}>
          <p>{t('regions.empty')}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap" style={{ marginTop: 'var(--space-6)' }}>
          <table className="table">
            <caption className="visually-hidden">{t('regions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regions.colRegion')}</th>
                <th scope="col">{t('regions.colTherapists')}</th>
                <th scope="col">{t('regions.colCoverage')}</th>
              </tr>
            </thead>
            <tbody>
              {regions.docs.map((region) => {
                const count = counts.get(String(region.id)) ?? 0
                const target = region.targetTherapists ?? 0
                return (
                  <tr key={region.id}>
                    <th scope="row">
                      {region.name}
                      {region.founding && (
                        <>
                          {' '}
                          <span className="badge">{t('regions.founding')}</span>
                        </>
                      )}
                      {/* The central municipality only where it says more than the name ("Amersfoort / Amersfoort"). */}
                      {region.centrumgemeente && region.centrumgemeente !== region.name && (
                        <>
                          <br />
                          <span className="card__meta">{region.centrumgemeente}</span>
                        </>
                      )}
                    </th>
                    <td>{t('regions.countOfTarget', { count, target })}</td>
                    <td style={{ minWidth: '10rem' }}>
                      <Meter value={count} max={target} label={t('regions.coverageOf', { region: region.name })} />
                      <span className="card__meta">{coveragePercent(count, target)}%</span>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
