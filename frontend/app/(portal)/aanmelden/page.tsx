import type { Metadata } from 'next'
import { Notice } from '../../../components/Notice'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { getPayloadClient } from '../../../lib/payload'
import { getCurrentUser } from '../../../lib/session'
import { loadProfileOptions } from '../../../lib/profileOptions'
import { SignUpForm } from './SignUpForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('signUp.title') }
}

export default async function SignUpPage() {
  const { t } = await getT()
  const user = await getCurrentUser()
  const options = await loadProfileOptions(await getPayloadClient())
  return (
    <>
      <PageHeader title={t('signUp.title')} lead={t('signUp.lead')} />
      {user && <Notice tone="info">{t('signUp.alreadyLoggedIn', { name: user.name })}</Notice>}
      {options.regions.length === 0 ? (
        <Notice tone="warning" title={t('signUp.noRegionsTitle')}>
          {t('signUp.noRegions')}
        </Notice>
      ) : (
        <SignUpForm options={options} />
      )}
    </>
  )
}
