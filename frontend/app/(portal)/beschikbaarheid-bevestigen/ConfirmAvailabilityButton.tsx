'use client'
import Link from 'next/link'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Notice } from '../../../components/Notice'
import { messageOf, postJson } from '../../../lib/api'

type Outcome = { tone: 'success' | 'error'; text: string } | null

/** The one click: posts the mailed token (a POST, so a mail scanner opening the link confirms nothing). */
export function ConfirmAvailabilityButton({ token }: { token: string }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  async function confirm() {
    setBusy(true)
    const result = await postJson('/api/availability-confirmations/confirm', { token })
    setBusy(false)
    if (result.ok) return setOutcome({ tone: 'success', text: t('availabilityConfirm.done') })
    const text =
      result.status === 0
        ? t('availabilityConfirm.offline')
        : (messageOf(result.data) ?? t('availabilityConfirm.failed'))
    setOutcome({ tone: result.status === 409 ? 'success' : 'error', text })
  }

  return (
    <div>
      {outcome && (
        <Notice tone={outcome.tone}>
          <p>{outcome.text}</p>
        </Notice>
      )}
      {outcome?.tone !== 'success' && (
        <div className="form__actions">
          <Button onPress={confirm} isPending={busy} pendingLabel={t('common.saving')}>
            {t('availabilityConfirm.submit')}
          </Button>
          <Link href="/profiel">{t('availabilityConfirm.change')}</Link>
        </div>
      )}
    </div>
  )
}
