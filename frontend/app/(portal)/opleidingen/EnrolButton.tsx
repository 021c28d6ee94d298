'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Notice } from '../../../components/Notice'
import { messageOf, postJson } from '../../../lib/api'

/** Enrols through POST /api/enrollments/enrol; the workflow gives a place or the waiting list. */
export function EnrolButton({ trainingId, title, label }: { trainingId: string; title: string; label: string }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)

  async function enrol() {
    setBusy(true)
    setError(null)
    const result = await postJson('/api/enrollments/enrol', { training: trainingId })
    setBusy(false)
    if (!result.ok)
      return setError(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('certification.failed')))
    setDone(true)
    router.refresh()
  }

  if (done)
    return (
      <Notice tone="success">
        <Link href="/mijn-opleidingen">{t('certification.enrolled')}</Link>
      </Notice>
    )
  return (
    <div>
      {error && <Notice tone="error">{error}</Notice>}
      <Button onPress={enrol} isPending={busy} pendingLabel={t('common.busy')} aria-label={`${label}: ${title}`}>
        {label}
      </Button>
    </div>
  )
}
