import type { Metadata } from 'next'
import { type Gap, regionCoverage } from '../../../../../src/domain/regionCoverage'
import { coverageFacts } from '../../../../../src/store/coverageFacts'
import { Meter } from '../../../../components/Meter'
import { NoAccess } from '../../../../components/NoAccess'
import { PageHeader } from '../../../../components/PageHeader'
import { Stat } from '../../../../components/Stat'
import { getT } from '../../../../i18n/server'
import { requireUser } from '../../../../lib/access'
import { nationalTarget } from '../../../../lib/coverage'
import { getPayloadClient } from '../../../../lib/payload'
import { CoverageChart } from '../CoverageChart'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('coverage.title') }
}

/**
 * Coverage in detail, for staff and the organisations that file requests: per region what the
 * network has (therapists, free places, hours), what requests asked for that no therapist there
 * offers, how fast requests were answered, and what runs there. Aggregates over every
 * organisation's requests; nothing of one request leaves the page.
 */
export default async function CoverageDetailPage() {
  const { t } = await getT()
  const { allowed } = await requireUser('/regios/dekking', ['admin', 'coordinator'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('coverage.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const [facts, target] = await Promise.all([coverageFacts(payload, new Date()), nationalTarget(payload)])
  const rows = regionCoverage(facts)
  const names = new Map(
    (await payload.find({ collection: 'expertise', pagination: false, depth: 0, select: { name: true } })).docs.map(
      (doc) => [String(doc.id), doc.name],
    ),
  )
  const gapText = (gap: Gap) =>
    t(gap.targetGroup ? 'coverage.gapWithGroup' : 'coverage.gap', {
      expertise: names.get(gap.expertise) ?? '?',
      group: gap.targetGroup ? (names.get(gap.targetGroup) ?? '?') : '',
      count: gap.requests,
    })
  const days = (value: { median: number | null; p90: number | null }) =>
    value.median === null ? '–' : t('coverage.days', { median: value.median, p90: value.p90 })
  const therapists = facts.members.length
  const withGaps = rows.filter((row) => row.gaps.length > 0)
  return (
    <>
      <PageHeader title={t('coverage.title')} lead={t('coverage.lead')} />
      <div className="stats">
        <Stat value={`${therapists} / ${target}`} label={t('regions.national')} />
        <Stat value={rows.reduce((sum, row) => sum + row.freeCases, 0)} label={t('coverage.freeCases')} />
        <Stat value={rows.reduce((sum, row) => sum + row.openRequests, 0)} label={t('coverage.openRequests')} />
      </div>
      <Meter value={therapists} max={target} label={t('regions.national')} />
      <CoverageChart
        caption={t('regions.chartCaption')}
        bars={rows.map((row) => ({ name: row.name, coverage: row.coverage, label: `${row.therapists}/${row.target}` }))}
      />
      <h2>{t('coverage.missingTitle')}</h2>
      {withGaps.length === 0 ? (
        <p>{t('coverage.noGaps')}</p>
      ) : (
        <ul className="coverage-gaps">
          {withGaps.map((row) => (
            <li key={row.regionId}>
              <strong>{row.name}</strong>: {row.gaps.slice(0, 3).map(gapText).join('; ')}
            </li>
          ))}
        </ul>
      )}
      <div className="table-wrap">
        <table className="table">
          <caption>{t('coverage.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('regions.colRegion')}</th>
              <th scope="col">{t('coverage.colTherapists')}</th>
              <th scope="col">{t('coverage.colFree')}</th>
              <th scope="col">{t('coverage.colOpen')}</th>
              <th scope="col">{t('coverage.colFirstOffer')}</th>
              <th scope="col">{t('coverage.colMatch')}</th>
              <th scope="col">{t('coverage.colRunning')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.regionId}>
                <th scope="row">{row.name}</th>
                <td>
                  {t('regions.countOfTarget', { count: row.therapists, target: row.target })} ({row.coverage}%)
                </td>
                <td>{t('coverage.free', { cases: row.freeCases, hours: row.hoursPerWeek })}</td>
                <td>{row.openRequests}</td>
                <td>{days(row.daysToFirstOffer)}</td>
                <td>{days(row.daysToMatch)}</td>
                <td>{t('coverage.running', { trainings: row.trainings, groups: row.groups })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
