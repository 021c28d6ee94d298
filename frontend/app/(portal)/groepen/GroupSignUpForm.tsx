'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Checkbox } from '../../../components/Checkbox'
import { Form } from '../../../components/Form'
import { Notice } from '../../../components/Notice'
import { type Choice, Select } from '../../../components/Select'
import { SlotGrid } from '../../../components/SlotGrid'
import { messageOf, postJson } from '../../../lib/api'

export type GroupSignUpOptions = {
  kinds: Choice[]
  regions: Choice[]
  themes: Choice[]
  slots: Choice[]
  days: Choice[]
  parts: Choice[]
  homeRegion?: string
}

/** Sign-up for a supervision or intervision pool; the server checks again and answers in Dutch. */
export function GroupSignUpForm({ options }: { options: GroupSignUpOptions }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = {
      kind: form.get('kind'),
      region: form.get('region'),
      theme: form.get('theme'),
      availability: form.getAll('availability'),
      onlineAllowed: form.get('onlineAllowed') !== null,
    }
    setBusy(true)
    const result = await postJson('/api/group-signups/sign-up', body)
    setBusy(false)
    if (result.ok) {
      setMessage({ tone: 'success', text: t('groups.signedUp') })
      router.refresh()
      return
    }
    setMessage({
      tone: 'error',
      text: result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('groups.failed')),
    })
  }

  return (
    <Form onSubmit={onSubmit}>
      <div aria-live="polite">{message && <Notice tone={message.tone}>{message.text}</Notice>}</div>
      <Select name="kind" label={t('groups.kind')} placeholder={t('common.choose')} items={options.kinds} isRequired />
      <Select
        name="region"
        label={t('groups.region')}
        placeholder={t('common.choose')}
        items={options.regions}
        defaultSelectedKey={options.homeRegion}
        isRequired
      />
      <Select
        name="theme"
        label={t('groups.theme')}
        placeholder={t('common.choose')}
        items={options.themes}
        isRequired
      />
      <SlotGrid
        name="availability"
        label={t('groups.availability')}
        description={t('groups.availabilityHelp')}
        days={options.days}
        parts={options.parts}
        slots={options.slots}
        isRequired
      />
      <Checkbox name="onlineAllowed" defaultSelected>
        {t('groups.onlineAllowed')}
      </Checkbox>
      <div className="form__actions">
        <Button type="submit" isPending={busy} pendingLabel={t('groups.busy')}>
          {t('groups.submit')}
        </Button>
      </div>
    </Form>
  )
}
