'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { messageOf, postJson } from '../../../lib/api'

/** One portal action on a group (confirm, decline, withdraw, accept): posts, then refreshes the page. */
export function ActionButton({
  url,
  body = {},
  label,
  variant = 'primary',
}: {
  url: string
  body?: unknown
  label: string
  variant?: 'primary' | 'secondary' | 'danger'
}) {
  const { t } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <span className="action">
      <Button
        variant={variant}
        isPending={busy}
        onPress={async () => {
          setBusy(true)
          setError(null)
          const result = await postJson(url, body)
          setBusy(false)
          if (result.ok) router.refresh()
          else
            setError(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('groups.actionFailed')))
        }}
      >
        {label}
      </Button>
      {error && (
        <span role="alert" className="field__error">
          {' '}
          {error}
        </span>
      )}
    </span>
  )
}
