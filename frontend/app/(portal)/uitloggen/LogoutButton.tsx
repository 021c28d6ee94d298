'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Notice } from '../../../components/Notice'
import { postJson } from '../../../lib/api'

export function LogoutButton() {
  const { t } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  async function logout() {
    setBusy(true)
    setFailed(false)
    const result = await postJson('/api/users/logout', {})
    setBusy(false)
    if (!result.ok) return setFailed(true)
    router.replace('/')
    router.refresh()
  }

  return (
    <div className="decision">
      {failed && <Notice tone="error">{t('logout.failed')}</Notice>}
      <div>
        <Button onPress={logout} isPending={busy} pendingLabel={t('logout.busy')}>
          {t('nav.logout')}
        </Button>
      </div>
    </div>
  )
}
