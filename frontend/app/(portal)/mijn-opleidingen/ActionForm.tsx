'use client'
import { useTranslation } from 'react-i18next'
import { type PostChoice, type PostField, PostForm } from '../../../components/PostForm'

export type ActionField = PostField
export type ActionChoice = Omit<PostChoice, 'keyed'>

/**
 * One action on an enrolment (POST /api/enrollments/:id/actions, or `url` for another action
 * endpoint of the same shape): fixed values plus a few typed fields. Several `choices` share the
 * fields (approve or return with one feedback field). The workflow's validators answer in Dutch;
 * we show that text.
 */
export function ActionForm({
  enrollmentId,
  url,
  fixed,
  fields = [],
  label,
  variant = 'primary',
  choices = [{ label: label ?? '', fixed: fixed ?? {}, variant }],
}: {
  enrollmentId: string
  url?: string
  fields?: ActionField[]
} & (
  | { fixed: Record<string, unknown>; label: string; variant?: ActionChoice['variant']; choices?: undefined }
  | { choices: ActionChoice[]; fixed?: undefined; label?: undefined; variant?: undefined }
)) {
  const { t } = useTranslation()
  return (
    <PostForm
      url={url ?? `/api/enrollments/${encodeURIComponent(enrollmentId)}/actions`}
      fields={fields}
      // Reported cases and hours count: a key per submit makes a double click count once.
      choices={choices.map((choice) => ({ ...choice, keyed: choice.fixed.action === 'reportProgress' }))}
      success={t('certification.done')}
      failure={t('certification.failed')}
    />
  )
}
