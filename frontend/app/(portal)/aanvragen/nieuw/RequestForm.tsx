'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/Button'
import { CheckboxGroup } from '../../../../components/CheckboxGroup'
import { ComboBox } from '../../../../components/ComboBox'
import { Form } from '../../../../components/Form'
import { Notice } from '../../../../components/Notice'
import { type Choice, Select } from '../../../../components/Select'
import { TextField } from '../../../../components/TextField'
import { messageOf, postJson } from '../../../../lib/api'

const text = (data: FormData, name: string) => {
  const value = data.get(name)
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** The request form; the server checks it (including the client-data scan) and names the field. */
export function RequestForm({
  regions,
  expertise,
  targetGroups,
}: {
  regions: Choice[]
  expertise: Choice[]
  targetGroups: Choice[]
}) {
  const { t } = useTranslation()
  const router = useRouter()
  const summaryRef = useRef<HTMLDivElement>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const body = {
      title: text(data, 'title'),
      kind: text(data, 'kind'),
      region: text(data, 'region'),
      expertise: data.getAll('expertise').map(String),
      targetGroup: text(data, 'targetGroup') ?? null,
      urgency: text(data, 'urgency') ?? 'normal',
      hoursPerWeek: text(data, 'hoursPerWeek') ?? null,
      wantedStart: text(data, 'wantedStart') ?? null,
      context: text(data, 'context') ?? null,
    }
    setBusy(true)
    setMessage(null)
    setErrors({})
    const result = await postJson<{ requestId?: string; message?: string; errors?: Record<string, string> }>(
      '/api/requests/submit',
      body,
    )
    if (result.ok && result.data.requestId) return router.push(`/aanvragen/${result.data.requestId}`)
    setBusy(false)
    setErrors(result.data.errors && !Array.isArray(result.data.errors) ? result.data.errors : {})
    setMessage(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('matching.failed')))
    requestAnimationFrame(() => summaryRef.current?.focus())
  }

  return (
    <Form onSubmit={onSubmit} validationErrors={errors}>
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
        {message && (
          <Notice tone="error" title={t('matching.problemTitle')}>
            {message}
          </Notice>
        )}
      </div>
      <TextField name="title" label={t('matching.title')} isRequired maxLength={120} />
      <Select
        name="kind"
        label={t('matching.kind')}
        placeholder={t('common.choose')}
        isRequired
        items={[
          { id: 'case', label: t('matching.kindCase') },
          { id: 'structural', label: t('matching.kindStructural') },
        ]}
      />
      <ComboBox name="region" label={t('matching.region')} items={regions} isRequired />
      <CheckboxGroup name="expertise" label={t('matching.expertise')} items={expertise} isRequired />
      <Select
        name="targetGroup"
        label={t('matching.targetGroup')}
        placeholder={t('common.choose')}
        items={targetGroups}
      />
      <Select
        name="urgency"
        label={t('matching.urgency')}
        defaultSelectedKey="normal"
        items={[
          { id: 'normal', label: t('matching.urgencyNormal') },
          { id: 'high', label: t('matching.urgencyHigh') },
          { id: 'crisis', label: t('matching.urgencyCrisis') },
        ]}
      />
      <TextField name="hoursPerWeek" type="number" inputMode="decimal" label={t('matching.hoursPerWeek')} />
      <TextField name="wantedStart" type="date" label={t('matching.wantedStart')} />
      <TextField
        name="context"
        label={t('matching.context')}
        description={t('matching.contextHelp')}
        multiline
        rows={6}
      />
      <div className="form__actions">
        <Button type="submit" isPending={busy} pendingLabel={t('matching.submitting')}>
          {t('matching.submit')}
        </Button>
      </div>
    </Form>
  )
}
