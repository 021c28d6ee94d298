'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { CheckboxGroup } from '../../../components/CheckboxGroup'
import { Form } from '../../../components/Form'
import { Notice } from '../../../components/Notice'
import type { Choice } from '../../../components/Select'
import { messageOf, postJson } from '../../../lib/api'

/** The supervisor ticks who attended one session; attended supervision hours then go to certification. */
export function AttendanceForm({
  groupId,
  sessionIndex,
  label,
  members,
}: {
  groupId: string
  sessionIndex: number
  label: string
  members: Choice[]
}) {
  const { t } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const present = new FormData(event.currentTarget).getAll('present')
    setBusy(true)
    const result = await postJson(`/api/groups/${groupId}/attendance`, { sessionIndex, present })
    setBusy(false)
    if (result.ok) router.refresh()
    else setError(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('groups.actionFailed')))
  }

  return (
    <Form onSubmit={onSubmit}>
      {error && <Notice tone="error">{error}</Notice>}
      <CheckboxGroup name="present" label={label} items={members} defaultValue={members.map((m) => m.id)} />
      <Button type="submit" variant="secondary" isPending={busy}>
        {t('groups.saveAttendance')}
      </Button>
    </Form>
  )
}
