'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, PROFESSIONS, REGISTRATION_TYPES, type Labelled } from '../../../../src/domain/options'
import { parseInput } from '../../../../src/domain/parseInput'
import { signUpSchema } from '../../../../src/domain/signUpSchema'
import { Button } from '../../../components/Button'
import { Checkbox } from '../../../components/Checkbox'
import { CheckboxGroup } from '../../../components/CheckboxGroup'
import { ComboBox } from '../../../components/ComboBox'
import { Form } from '../../../components/Form'
import { Notice } from '../../../components/Notice'
import { type Choice, Select } from '../../../components/Select'
import { TextField } from '../../../components/TextField'
import { errorsInPageLanguage, messageOf, postJson } from '../../../lib/api'
import type { ProfileOptions } from '../../../lib/profileOptions'
import { formToSignUp } from './formToSignUp'

const choices = (list: Labelled, language: string): Choice[] =>
  Object.entries(list).map(([id, label]) => ({ id, label: language === 'en' ? label.en : label.nl }))

/**
 * The therapist sign-up. Checked in the browser with the same zod schema the
 * server uses, then posted as JSON; server errors land on the same fields.
 */
export function SignUpForm({ options }: { options: ProfileOptions }) {
  const { t, i18n } = useTranslation()
  const router = useRouter()
  const summaryRef = useRef<HTMLDivElement>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const language = i18n.language

  function showProblems(fields: Record<string, string>, summary: string) {
    setErrors(fields)
    setMessage(summary)
    // Move focus to the summary so keyboard and screen-reader users hear what went wrong.
    requestAnimationFrame(() => summaryRef.current?.focus())
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = parseInput(signUpSchema, formToSignUp(new FormData(event.currentTarget)))
    if (!parsed.ok) {
      const fields = errorsInPageLanguage(parsed.errors)
      return showProblems(fields, t('signUp.invalid', { count: Object.keys(fields).length }))
    }
    setBusy(true)
    setMessage(null)
    setErrors({})
    const result = await postJson<{ message?: string; errors?: Record<string, string> | unknown[] }>(
      '/api/members/sign-up',
      parsed.value,
    )
    if (result.ok) {
      router.push('/aanmelden/bedankt')
      return
    }
    setBusy(false)
    if (result.status === 0) return showProblems({}, t('common.offline'))
    // Our endpoint sends `errors` as { field: message }; Payload's generic errors are an array.
    const fields = result.data.errors && !Array.isArray(result.data.errors) ? result.data.errors : {}
    showProblems(fields, messageOf(result.data) ?? t('signUp.failed'))
  }

  return (
    <Form onSubmit={onSubmit} validationErrors={errors} aria-describedby="aanmelden-uitleg">
      <p id="aanmelden-uitleg">{t('signUp.required')}</p>
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
        {message && (
          <Notice tone="error" title={t('signUp.problemTitle')}>
            {message}
          </Notice>
        )}
      </div>

      <fieldset>
        <legend>{t('signUp.sectionAccount')}</legend>
        <TextField name="name" label={t('fields.name')} autoComplete="name" isRequired />
        <TextField name="email" type="email" label={t('fields.email')} autoComplete="email" isRequired />
        <TextField
          name="password"
          type="password"
          label={t('fields.password')}
          description={t('fields.passwordHelp')}
          autoComplete="new-password"
          isRequired
        />
      </fieldset>

      <fieldset>
        <legend>{t('signUp.sectionProfession')}</legend>
        <Select
          name="profession"
          label={t('fields.profession')}
          placeholder={t('common.choose')}
          items={choices(PROFESSIONS, language)}
          isRequired
        />
        <Select
          name="registrationType"
          label={t('fields.registrationType')}
          placeholder={t('common.choose')}
          items={choices(REGISTRATION_TYPES, language)}
          isRequired
        />
        <TextField
          name="registrationNumber"
          label={t('fields.registrationNumber')}
          description={t('fields.registrationNumberHelp')}
          inputMode="numeric"
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
          isRequired
        />
        <CheckboxGroup
          name="regionsServed"
          label={t('fields.regionsServed')}
          description={t('fields.regionsServedHelp')}
          items={options.regions}
        />
        <Checkbox name="remoteAvailable">{t('fields.remoteAvailable')}</Checkbox>
      </fieldset>

      <fieldset>
        <legend>{t('signUp.sectionExpertise')}</legend>
        {options.methods.length > 0 && (
          <CheckboxGroup name="methods" label={t('fields.methods')} items={options.methods} />
        )}
        {options.themes.length > 0 && <CheckboxGroup name="themes" label={t('fields.themes')} items={options.themes} />}
        {options.targetGroups.length > 0 && (
          <CheckboxGroup name="targetGroups" label={t('fields.targetGroups')} items={options.targetGroups} />
        )}
        <CheckboxGroup
          name="languages"
          label={t('fields.languages')}
          items={choices(LANGUAGES, language)}
          defaultValue={['nl']}
          isRequired
        />
      </fieldset>

      <fieldset>
        <legend>{t('signUp.sectionAvailability')}</legend>
        <TextField
          name="capacityCases"
          type="number"
          inputMode="numeric"
          label={t('fields.capacityCases')}
          description={t('fields.capacityCasesHelp')}
          defaultValue="2"
          isRequired
        />
        <TextField
          name="hoursPerWeek"
          type="number"
          inputMode="decimal"
          label={t('fields.hoursPerWeek')}
          defaultValue="4"
          isRequired
        />
        <TextField
          name="availableFrom"
          type="date"
          label={t('fields.availableFrom')}
          description={t('fields.availableFromHelp')}
        />
        <TextField
          name="motivation"
          label={t('fields.motivation')}
          description={t('fields.motivationHelp')}
          multiline
          rows={5}
        />
      </fieldset>

      <Checkbox name="consent" isRequired errorMessage={errors.consent}>
        {t('fields.consent')}
      </Checkbox>

      <div className="form__actions">
        <Button type="submit" isPending={busy} pendingLabel={t('signUp.busy')}>
          {t('signUp.submit')}
        </Button>
      </div>
    </Form>
  )
}
