'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../../components/Button'
import { Notice } from '../../../../../components/Notice'
import { TextField } from '../../../../../components/TextField'
import { messageOf, postJson } from '../../../../../lib/api'

const FIELDS = ['title', 'date', 'credits', 'description', 'proofUrl'] as const
type Field = (typeof FIELDS)[number]

/**
 * Adds an activity to this certificate's ledger (POST /api/credit-activities/add). The server's
 * Dutch messages appear at each field; nothing is stored when one is refused.
 */
export function CreditActivityForm({ certificateId }: { certificateId: string }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [values, setValues] = useState<Record<Field, string>>({
    title: '',
    date: '',
    credits: '',
    description: '',
    proofUrl: '',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)

  async function submit() {
    setBusy(true)
    setMessage(null)
    setDone(false)
    const result = await postJson<{ message?: string; errors?: Record<string, string> }>('/api/credit-activities/add', {
      certificate: certificateId,
      ...values,
      date: values.date ? new Date(`${values.date}T12:00:00`).toISOString() : '',
    })
    setBusy(false)
    if (!result.ok) {
      setErrors(result.data.errors ?? {})
      return setMessage(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('credits.failed')))
    }
    setErrors({})
    setValues({ title: '', date: '', credits: '', description: '', proofUrl: '' })
    setDone(true)
    router.refresh()
  }

  const field = (name: Field, extra: { multiline?: boolean; type?: string; description?: string } = {}) => (
    <TextField
      key={name}
      label={t(`credits.field.${name}`)}
      description={extra.description}
      multiline={extra.multiline}
      type={extra.type ?? 'text'}
      value={values[name]}
      onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
      isRequired
      isInvalid={Boolean(errors[name])}
      errorMessage={errors[name]}
    />
  )
  return (
    <form
      className="action-form"
      aria-labelledby="add-activity"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      {message && <Notice tone="error">{message}</Notice>}
      {done && <Notice tone="success">{t('credits.added')}</Notice>}
      {field('title')}
      {field('date', { type: 'date' })}
      {field('credits', { type: 'number', description: t('credits.creditsHelp') })}
      {field('description', { multiline: true })}
      {field('proofUrl', { type: 'url', description: t('credits.proofHelp') })}
      <div className="actions-row">
        <Button type="submit" isPending={busy} pendingLabel={t('common.busy')}>
          {t('credits.add')}
        </Button>
      </div>
    </form>
  )
}
