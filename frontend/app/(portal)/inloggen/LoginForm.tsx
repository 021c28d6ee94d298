'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Form } from '../../../components/Form'
import { Notice } from '../../../components/Notice'
import { TextField } from '../../../components/TextField'
import { postJson } from '../../../lib/api'

/** Logs in through Payload's REST API, which sets the same cookie the admin uses. */
export function LoginForm({ next }: { next: string }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    const result = await postJson('/api/users/login', { email: form.get('email'), password: form.get('password') })
    if (result.ok) {
      router.replace(next)
      router.refresh()
      return
    }
    setBusy(false)
    // A locked account is told apart only by its message (cms/hooks/restGuards.ts: ACCOUNT_LOCKED).
    if (result.status === 0) setError(t('common.offline'))
    else if (/geblokkeerd|locked/i.test(JSON.stringify(result.data))) setError(t('login.locked'))
    else setError(t('login.failed'))
  }

  return (
    <Form onSubmit={onSubmit} aria-labelledby="login-title">
      <span id="login-title" className="visually-hidden">
        {t('login.title')}
      </span>
      {error && <Notice tone="error">{error}</Notice>}
      <TextField name="email" type="email" label={t('fields.email')} autoComplete="username" isRequired />
      <TextField
        name="password"
        type="password"
        label={t('fields.password')}
        autoComplete="current-password"
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" isPending={busy} pendingLabel={t('login.busy')}>
          {t('login.submit')}
        </Button>
      </div>
    </Form>
  )
}
