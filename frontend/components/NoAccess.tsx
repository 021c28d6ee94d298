import Link from 'next/link'
import { getT } from '../i18n/server'
import { EmptyState } from './EmptyState'

/** Shown instead of a page the user's role does not cover: explains, never crashes. */
export async function NoAccess() {
  const { t } = await getT()
  return (
    <EmptyState
      title={t('noAccess.title')}
      action={
        <Link href="/" className="btn btn--secondary">
          {t('common.toHome')}
        </Link>
      }
    >
      <p>{t('noAccess.body')}</p>
    </EmptyState>
  )
}
