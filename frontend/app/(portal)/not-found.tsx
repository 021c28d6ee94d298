import Link from 'next/link'
import { EmptyState } from '../../components/EmptyState'
import { getT } from '../../i18n/server'

export default async function PortalNotFound() {
  const { t } = await getT()
  return (
    <EmptyState
      title={t('notFound.title')}
      action={
        <Link href="/" className="btn btn--primary">
          {t('common.toHome')}
        </Link>
      }
    >
      <p>{t('notFound.body')}</p>
    </EmptyState>
  )
}
