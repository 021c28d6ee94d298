import type { Metadata } from 'next'
import Link from 'next/link'
import { retentionMonths } from '../../../../src/store/retention'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { getPayloadClient } from '../../../lib/payload'
import { privacyRows } from './statement'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('privacy.title') }
}

/** The privacy statement: what the platform keeps, why, how long and who sees it; the retention period as set now. */
export default async function PrivacyPage() {
  const { t, language } = await getT()
  const rows = privacyRows(language, await retentionMonths(await getPayloadClient()))
  return (
    <>
      <PageHeader title={t('privacy.title')} lead={t('privacy.lead')} />
      <h2>{t('privacy.noClientsTitle')}</h2>
      <p>{t('privacy.noClients')}</p>
      <div className="table-wrap">
        <table className="table">
          <caption>{t('privacy.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.what')}</th>
              <th scope="col">{t('privacy.why')}</th>
              <th scope="col">{t('privacy.howLong')}</th>
              <th scope="col">{t('privacy.who')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.what}>
                <th scope="row">{row.what}</th>
                <td>{row.why}</td>
                <td>{row.howLong}</td>
                <td>{row.who}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('privacy.rightsTitle')}</h2>
      <ul>
        <li>
          {t('privacy.rightAccess')} <Link href="/profiel">{t('privacy.rightAccessLink')}</Link>
        </li>
        <li>{t('privacy.rightCorrect')}</li>
        <li>{t('privacy.rightErase')}</li>
        <li>{t('privacy.rightComplain')}</li>
      </ul>
      <p>
        <Link href="/toegankelijkheid">{t('accessibility.title')}</Link>
      </p>
    </>
  )
}
