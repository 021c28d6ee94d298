import type { Metadata } from 'next'
import { FIGURES, quarterOf, quartersBetween } from '../../../../src/domain/researchFigures'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('research.title') }
}

const FIRST_QUARTER = '2024-K1'

/**
 * Researchers and staff: download the anonymous research figures (CSV or JSON) for a period of
 * quarters. The browser downloads from the export endpoint (which logs the export), so the
 * page needs no script; the browser shows the download's progress.
 */
export default async function ResearchPage() {
  const { t } = await getT()
  const { allowed } = await requireUser('/onderzoek', ['admin', 'researcher'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('research.title')} />
        <NoAccess />
      </>
    )
  const now = quarterOf(new Date())
  const quarters = quartersBetween(FIRST_QUARTER, now)
  const yearAgo = quarters[Math.max(0, quarters.length - 4)]
  return (
    <>
      <PageHeader title={t('research.title')} lead={t('research.lead')} />
      <form method="get" action="/api/research-exports/export" className="form" aria-describedby="onderzoek-regels">
        <div className="field">
          <label htmlFor="onderzoek-van">{t('research.from')}</label>
          <select id="onderzoek-van" name="from" defaultValue={yearAgo}>
            {quarters.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="onderzoek-tot">{t('research.to')}</label>
          <select id="onderzoek-tot" name="to" defaultValue={now}>
            {quarters.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t('research.format')}</legend>
          <label>
            <input type="radio" name="format" value="csv" defaultChecked /> CSV
          </label>
          <label>
            <input type="radio" name="format" value="json" /> JSON
          </label>
        </fieldset>
        <button type="submit" className="button">
          {t('research.download')}
        </button>
      </form>
      <section aria-labelledby="onderzoek-regels">
        <h2 id="onderzoek-regels">{t('research.rulesTitle')}</h2>
        <p>{t('research.rules')}</p>
        <ul>
          {FIGURES.map((figure) => (
            <li key={figure}>
              <code>{figure}</code>: {t(`research.figures.${figure}`)}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
