'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Labelled } from '../../../../src/domain/options'
import { INTRO_MAX, profileSchema } from '../../../../src/domain/profileSchema'
import { parseInput } from '../../../../src/domain/parseInput'
import { Button } from '../../../components/Button'
import { Checkbox } from '../../../components/Checkbox'
import { CheckboxGroup } from '../../../components/CheckboxGroup'
import { ComboBox } from '../../../components/ComboBox'
import { Form } from '../../../components/Form'
import { Notice } from '../../../components/Notice'
import type { Choice } from '../../../components/Select'
import { TextField } from '../../../components/TextField'
import { errorsInPageLanguage, messageOf, postJson } from '../../../lib/api'
import type { ProfileOptions } from '../../../lib/profileOptions'
import { formToProfile } from './formToProfile'

/** What the form starts with: the stored profile, as the schema's input. */
export type ProfileValues = {
  homeRegion: string
  regionsServed: string[]
  methods: string[]
  themes: string[]
  targetGroups: string[]
  capacityCases: number
  hoursPerWeek: number
  availableFrom: string
  remoteAvailable: boolean
  languages: string[]
  intro: string
}

const choices = (list: Labelled, language: string): Choice[] =>
  Object.entries(list).map(([id, label]) => ({ id, label: language === 'en' ? label.en : label.nl }))

/**
 * "Mijn profiel": checked in the browser with the schema the server uses, then posted;
 * server errors (a capacity below the running cases) land on the same fields.
 */
export function ProfileForm({
  memberId,
  values,
  options,
  taken,
}: {
  memberId: string
  values: ProfileValues
  options: ProfileOptions
  taken: number
}) {
  const { t, i18n } = useTranslation()
  const router = useRouter()
  const summaryRef = useRef<HTMLDivElement>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const language = i18n.language

  function show(tone: 'error' | 'success', text: string, fields: Record<string, string> = {}) {
    setErrors(fields)
    setMessage({ tone, text })
    // Focus the summary so keyboard and screen-reader users hear the outcome.
    requestAnimationFrame(() => summaryRef.current?.focus())
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = parseInput(profileSchema, formToProfile(new FormData(event.currentTarget)))
    if (!parsed.ok) {
      const fields = errorsInPageLanguage(parsed.errors)
      return show('error', t('profile.invalid', { count: Object.keys(fields).length }), fields)
    }
    setBusy(true)
    setMessage(null)
    const result = await postJson<{ message?: string; errors?: Record<string, string> | unknown[] }>(
      `/api/members/${memberId}/profile`,
      parsed.value,
    )
    setBusy(false)
    if (result.ok) {
      show('success', t('profile.saved'))
      router.refresh()
      return
    }
    if (result.status === 0) return show('error', t('common.offline'))
    const fields = result.data.errors && !Array.isArray(result.data.errors) ? result.data.errors : {}
    show('error', messageOf(result.data) ?? t('profile.failed'), fields)
  }

  return (
    <Form onSubmit={onSubmit} validationErrors={errors}>
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
        {message && (
          <Notice tone={message.tone} title={message.tone === 'error' ? t('profile.problemTitle') : undefined}>
            {message.text}
          </Notice>
        )}
      </div>

      <fieldset>
        <legend>{t('profile.sectionExpertise')}</legend>
        {options.methods.length > 0 && (
          <CheckboxGroup
            name="methods"
            label={t('fields.methods')}
            items={options.methods}
            defaultValue={values.methods}
          />
        )}
        {options.themes.length > 0 && (
          <CheckboxGroup name="themes" label={t('fields.themes')} items={options.themes} defaultValue={values.themes} />
        )}
        {options.targetGroups.length > 0 && (
          <CheckboxGroup
            name="targetGroups"
            label={t('fields.targetGroups')}
            items={options.targetGroups}
            defaultValue={values.targetGroups}
          />
        )}
        <CheckboxGroup
          name="languages"
          label={t('fields.languages')}
          items={choices(LANGUAGES, language)}
          defaultValue={values.languages}
          isRequired
        />
      </fieldset>

      <fieldset>
        <legend>{t('signUp.sectionRegions')}</legend>
        <ComboBox
          name="homeRegion"
          label={t('fields.homeRegion')}
          description={t('fields.homeRegionHelp')}
          items={options.regions}
          defaultSelectedKey={values.homeRegion}
          isRequired
        />
        <CheckboxGroup
          name="regionsServed"
          label={t('fields.regionsServed')}
          description={t('fields.regionsServedHelp')}
          items={options.regions}
          defaultValue={values.regionsServed}
        />
        <Checkbox name="remoteAvailable" defaultSelected={values.remoteAvailable}>
          {t('fields.remoteAvailable')}
        </Checkbox>
      </fieldset>

      <fieldset>
        <legend>{t('signUp.sectionAvailability')}</legend>
        <TextField
          name="capacityCases"
          type="number"
          inputMode="numeric"
          label={t('fields.capacityCases')}
          description={taken > 0 ? t('profile.capacityTakenHelp', { count: taken }) : t('profile.capacityHelp')}
          defaultValue={String(values.capacityCases)}
          isRequired
        />
        <TextField
          name="hoursPerWeek"
          type="number"
          inputMode="decimal"
          label={t('fields.hoursPerWeek')}
          defaultValue={String(values.hoursPerWeek)}
          isRequired
        />
        <TextField
          name="availableFrom"
          type="date"
          label={t('fields.availableFrom')}
          description={t('fields.availableFromHelp')}
          defaultValue={values.availableFrom}
        />
      </fieldset>

      <fieldset>
        <legend>{t('profile.sectionIntro')}</legend>
        <TextField
          name="intro"
          label={t('profile.intro')}
          description={t('profile.introHelp', { max: INTRO_MAX })}
          defaultValue={values.intro}
          multiline
          rows={4}
        />
      </fieldset>

      <div className="form__actions">
        <Button type="submit" isPending={busy} pendingLabel={t('common.saving')}>
          {t('profile.submit')}
        </Button>
      </div>
    </Form>
  )
}
