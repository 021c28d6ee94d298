'use client'
import Link from 'next/link'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'

/** A friendly page when something breaks while rendering; details stay in the server log. */
export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useTranslation()
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <EmptyState
      title={t('error.title')}
      action={
        <div className="actions-row" style={{ justifyContent: 'center' }}>
          <Button onPress={reset}>{t('error.retry')}</Button>
          <Link href="/" className="btn btn--secondary">
            {t('common.toHome')}
          </Link>
        </div>
      }
    >
      <p>{t('error.body')}</p>
      {error.digest && <p>{t('error.reference', { digest: error.digest })}</p>}
    </EmptyState>
  )
}
