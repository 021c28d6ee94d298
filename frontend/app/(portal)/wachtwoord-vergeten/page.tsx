import type { Metadata } from 'next'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { ForgotPasswordForm } from './ForgotPasswordForm'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('forgot.title') }
}

export default async function ForgotPasswordPage() {
  const { t } = await getT()
  return (
    <>
      <PageHeader title={t('forgot.title')} lead={t('forgot.lead')} />
      <ForgotPasswordForm />
    </>
  )
}
