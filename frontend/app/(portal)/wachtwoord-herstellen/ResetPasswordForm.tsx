'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { signUpSchema } from '../../../../src/domain/signUpSchema'
import { Button } from '../../../components/Button'
import { Form } from '../../../components/Form'
import { Notice } from '../../../components/Notice'
import { TextField } from '../../../components/TextField'
import { postJson } from '../../../lib/api'

/** The same password rule as at sign-up, from the one schema. */
const passwordRule = signUpSchema.shape.password

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failed, setFailed] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const password = String(form.get('password') ?? '')
    const checked = passwordRule.safeParse(password)
    if (!checked.success) return setErrors({ password: checked.error.issues[0]?.message ?? '' })
    if (password !== form.get('passwordRepeat')) return setErrors({ passwordRepeat: t('reset.mismatch') })
    setErrors({})
    setBusy(true)
    setFailed(false)
    const result = await postJson('/api/users/reset-password', { token, password })
    setBusy(false)
    if (!result.ok) return setFailed(true)
    // Payload logs the user in after a reset; go to the home page as that user.
    router.replace('/')
    router.refresh()
  }

  return (
    <Form onSubmit={onSubmit} validationErrors={errors}>
      {failed && (
        <Notice tone="error" title={t('reset.failedTitle')}>
          <p>{t('reset.failed')}</p>
          <p>
            <Link href="/wachtwoord-vergeten">{t('reset.requestNew')}</Link>
          </p>
        </Notice>
      )}
      <TextField
        name="password"
        type="password"
        label={t('fields.newPassword')}
        description={t('fields.passwordHelp')}
        autoComplete="new-password"
        isRequired
      />
      <TextField
        name="passwordRepeat"
        type="password"
        label={t('fields.passwordRepeat')}
        autoComplete="new-password"
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" isPending={busy} pendingLabel={t('common.saving')}>
          {t('reset.submit')}
        </Button>
      </div>
    </Form>
  )
}
