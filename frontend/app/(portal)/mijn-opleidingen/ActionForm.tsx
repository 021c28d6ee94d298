'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Notice } from '../../../components/Notice'
import { TextField } from '../../../components/TextField'
import { messageOf, postJson } from '../../../lib/api'

export type ActionField = {
  name: string
  label: string
  description?: string
  multiline?: boolean
  type?: 'text' | 'number' | 'date' | 'url'
  required?: boolean
}

/**
 * One action on an enrolment (POST /api/enrollments/:id/actions): fixed values plus
 * a few typed fields. The workflow's validators answer in Dutch; we show that text.
 */
export function ActionForm({
  enrollmentId,
  fixed,
  fields = [],
  label,
  variant = 'primary',
}: {
  enrollmentId: string
  fixed: Record<string, unknown>
  fields?: ActionField[]
  label: string
  variant?: 'primary' | 'secondary' | 'danger'
}) {
  const { t } = useTranslation()
  const router = useRouter()
  const [values, setValues] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)

  async function submit() {
    setBusy(true)
    setError(null)
    const body: Record<string, unknown> = { ...fixed }
    for (const field of fields) {
      const value = values[field.name]?.trim() ?? ''
      if (!value) continue
      body[field.name] =
        field.type === 'number'
          ? Number(value)
          : field.type === 'date'
            ? new Date(`${value}T12:00:00`).toISOString()
            : value
    }
    // A key per submit makes a double click harmless for counted steps.
    if (fixed.action === 'reportProgress') body.key = crypto.randomUUID()
    const result = await postJson(`/api/enrollments/${encodeURIComponent(enrollmentId)}/actions`, body)
    setBusy(false)
    if (!result.ok)
      return setError(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('certification.failed')))
    setDone(true)
    setValues({})
    router.refresh()
  }

  return (
    <form
      className="action-form"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      {error && <Notice tone="error">{error}</Notice>}
      {done && !error && <Notice tone="success">{t('certification.done')}</Notice>}
      {fields.map((field) => (
        <TextField
          key={field.name}
          label={field.label}
          description={field.description}
          multiline={field.multiline}
          type={
            field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : field.type === 'url' ? 'url' : 'text'
          }
          value={values[field.name] ?? ''}
          onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
          isRequired={field.required}
        />
      ))}
      <Button type="submit" variant={variant} isPending={busy} pendingLabel={t('common.busy')}>
        {label}
      </Button>
    </form>
  )
}
