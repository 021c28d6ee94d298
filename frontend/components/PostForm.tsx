'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { messageOf, postJson } from '../lib/api'
import { Button } from './Button'
import { Notice } from './Notice'
import { TextField } from './TextField'

/** One button of the form: what it sends besides the text field. */
export type PostChoice = { label: string; fixed: Record<string, unknown>; variant?: 'primary' | 'secondary' | 'danger' }

/**
 * A small action of the portal: one optional text field and one or more buttons, POSTed as JSON
 * to `url`; the endpoint's Dutch refusal is shown as it is (in the page's language), the page
 * refreshes on success.
 */
export function PostForm({
  url,
  field,
  choices,
  success,
}: {
  url: string
  field?: { name: string; label: string; description?: string }
  choices: PostChoice[]
  success: string
}) {
  const { t } = useTranslation()
  const router = useRouter()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)

  async function submit(index: number) {
    setBusy(index)
    setError(null)
    const body = { ...choices[index]!.fixed, ...(field && text.trim() ? { [field.name]: text.trim() } : {}) }
    const result = await postJson(url, body)
    setBusy(null)
    if (!result.ok)
      return setError(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('common.failed')))
    setDone(true)
    setText('')
    router.refresh()
  }

  const single = choices.length === 1
  return (
    <form
      className="action-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (single) void submit(0)
      }}
    >
      {error && <Notice tone="error">{error}</Notice>}
      {done && !error && <Notice tone="success">{success}</Notice>}
      {field && (
        <TextField label={field.label} description={field.description} multiline value={text} onChange={setText} />
      )}
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
