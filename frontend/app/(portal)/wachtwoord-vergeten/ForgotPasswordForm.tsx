'use client'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Form } from '../../../components/Form'
import { Notice } from '../../../components/Notice'
import { TextField } from '../../../components/TextField'
import { postJson } from '../../../lib/api'

/**
 * Asks Payload to mail a reset link. The answer is the same whether or not the
 * address has an account, so the form does not reveal who is a member.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [state, setState] = useState<'idle' | 'sent' | 'failed'>('idle')

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const email = new FormData(event.currentTarget).get('email')
    setBusy(true)
    const result = await postJson('/api/users/forgot-password', { email })
    setBusy(false)
    // Payload answers 200 for unknown addresses as well; only a server/network failure differs.
    setState(result.ok || (result.status >= 400 && result.status < 500) ? 'sent' : 'failed')
  }

  if (state === 'sent')
    return (
      <Notice tone="success" title={t('forgot.sentTitle')}>
        {t('forgot.sent')}
      </Notice>
    )

  return (
    <Form onSubmit={onSubmit}>
      {state === 'failed' && <Notice tone="error">{t('forgot.failed')}</Notice>}
      <TextField name="email" type="email" label={t('fields.email')} autoComplete="email" isRequired />
      <div className="form__actions">
        <Button type="submit" isPending={busy} pendingLabel={t('common.sending')}>
          {t('forgot.submit')}
        </Button>
      </div>
    </Form>
  )
}
