'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../../components/Button'
import { Form } from '../../../../../components/Form'
import { Notice } from '../../../../../components/Notice'
import { TextField } from '../../../../../components/TextField'
import { messageOf, postJson } from '../../../../../lib/api'

/**
 * Adds an activity to this certificate's ledger (POST /api/credit-activities/add). The server's
 * Dutch messages appear at each field (and go once the field is edited); nothing is stored when
 * one is refused.
 */
export function CreditActivityForm({ certificateId }: { certificateId: string }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const values = Object.fromEntries(new FormData(form)) as Record<string, string>
    setBusy(true)
    setMessage(null)
    setDone(false)
    const result = await postJson<{ message?: string; errors?: Record<string, string> }>('/api/credit-activities/add', {
      ...values,
      certificate: certificateId,
      // Noon in the reader's zone, so the day stays the day they chose.
      date: values.date ? new Date(`${values.date}T12:00:00`).toISOString() : '',
    })
    setBusy(false)
    if (!result.ok) {
      setErrors(result.data.errors ?? {})
      return setMessage(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('credits.failed')))
    }
    setErrors({})
    form.reset()
    setDone(true)
    router.refresh()
  }

  return (
    <Form onSubmit={onSubmit} validationErrors={errors} aria-labelledby="add-activity">
      {message && <Notice tone="error">{message}</Notice>}
      {done && <Notice tone="success">{t('credits.added')}</Notice>}
      <TextField name="title" label={t('credits.field.title')} isRequired />
      <TextField name="date" type="date" label={t('credits.field.date')} isRequired />
      <TextField
        name="credits"
        inputMode="decimal"
        label={t('credits.field.credits')}
        description={t('credits.creditsHelp')}
        isRequired
      />
      <TextField name="description" label={t('credits.field.description')} multiline isRequired />
      <TextField
        name="proofUrl"
        type="url"
        label={t('credits.field.proofUrl')}
        description={t('credits.proofHelp')}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" isPending={busy} pendingLabel={t('common.busy')}>
          {t('credits.add')}
        </Button>
      </div>
    </Form>
  )
}
