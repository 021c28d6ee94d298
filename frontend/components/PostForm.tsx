'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { messageOf, postJson } from '../lib/api'
import { Button } from './Button'
import { Notice } from './Notice'
import { TextField } from './TextField'

export type PostField = {
  name: string
  label: string
  description?: string
  multiline?: boolean
  type?: 'text' | 'number' | 'date' | 'url'
  required?: boolean
}

/** One button of the form: what it sends besides the fields; `keyed` adds a fresh key per submit. */
export type PostChoice = {
  label: string
  fixed: Record<string, unknown>
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet'
  keyed?: boolean
}

const valueOf = (field: PostField, value: string) =>
  field.type === 'number' ? Number(value) : field.type === 'date' ? new Date(`${value}T12:00:00`).toISOString() : value

/**
 * A small action of the portal: a few typed fields and one or more buttons that share them
 * (approve or return with one feedback field), POSTed as JSON to `url`. The endpoint's Dutch
 * refusal is shown as it is (in the page's language); the page refreshes on success.
 */
export function PostForm({
  url,
  fields = [],
  choices,
  success,
  failure,
}: {
  url: string
  fields?: PostField[]
  choices: PostChoice[]
  success: string
  failure?: string
}) {
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
      if (value) body[field.name] = valueOf(field, value)
    }
    // A key per submit makes a double click harmless where the endpoint counts.
    if (choice.keyed) body.key = crypto.randomUUID()
    const result = await postJson(url, body)
    setBusy(null)
    if (!result.ok)
      return setError(
        result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? failure ?? t('common.failed')),
      )
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
      {done && !error && <Notice tone="success">{success}</Notice>}
      {fields.map((field) => (
        <TextField
          key={field.name}
          label={field.label}
          description={field.description}
          multiline={field.multiline}
          type={field.type === 'number' || field.type === 'date' || field.type === 'url' ? field.type : 'text'}
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
