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

/** One button of the form: what it sends besides the fields. */
export type ActionChoice = {
  label: string
  fixed: Record<string, unknown>
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet'
}

/**
 * One action on an enrolment (POST /api/enrollments/:id/actions, or `url` for another action
 * endpoint of the same shape): fixed values plus
 * a few typed fields. Several `choices` share the fields (approve or return with one
 * feedback field). The workflow's validators answer in Dutch; we show that text.
 */
export function ActionForm({
  enrollmentId,
  url,
  fixed,
  fields = [],
  label,
  variant = 'primary',
  choices = [{ label: label ?? '', fixed: fixed ?? {}, variant }],
}: {
  enrollmentId: string
  url?: string
  fields?: ActionField[]
} & (
  | { fixed: Record<string, unknown>; label: string; variant?: ActionChoice['variant']; choices?: undefined }
  | { choices: ActionChoice[]; fixed?: undefined; label?: undefined; variant?: undefined }
)) {
  const { t } = useTranslation()
  const router = useRouter()
  const [values, setValues] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)

  async function submit(index: number) {
    const choice = choices[index]!
    setBusy(index)
    setError(null)
    const body: Record<string, unknown> = { ...choice.fixed }
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
    if (choice.fixed.action === 'reportProgress') body.key = crypto.randomUUID()
    const result = await postJson(url ?? `/api/enrollments/${encodeURIComponent(enrollmentId)}/actions`, body)
    setBusy(null)
    if (!result.ok)
      return setError(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('certification.failed')))
    setDone(true)
    setValues({})
    router.refresh()
  }

  const single = choices.length === 1
  return (
    <form
      className="action-form"
      onSubmit={(event) => {
        event.preventDefault()
        // Enter in a field sends the form only when there is one thing it can mean.
        if (single) void submit(0)
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
      <div className="actions-row">
        {choices.map((choice, index) => (
          <Button
            key={choice.label}
            type={single ? 'submit' : 'button'}
            onPress={single ? undefined : () => void submit(index)}
            variant={choice.variant ?? 'primary'}
            isPending={busy === index}
            isDisabled={busy !== null && busy !== index}
            pendingLabel={t('common.busy')}
          >
            {choice.label}
          </Button>
        ))}
      </div>
    </form>
  )
}
