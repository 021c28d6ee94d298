import Link from 'next/link'
import { getT } from '../i18n/server'
import { PageHeader } from './PageHeader'

/** The 404 body: the page's h1, what may have happened, and the ways on. */
export async function NotFound() {
  const { t } = await getT()
  return (
    <>
      <PageHeader title={t('notFound.title')} lead={t('notFound.body')} />
      <ul className="link-list" aria-label={t('notFound.waysOn')}>
        <li>
          <Link href="/" className="btn btn--primary">
            {t('common.toHome')}
          </Link>
        </li>
        <li>
          <Link href="/kennisbank">{t('nav.knowledge')}</Link>
        </li>
        <li>
          <Link href="/regios">{t('nav.regions')}</Link>
        </li>
      </ul>
    </>
  )
}
