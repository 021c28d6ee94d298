import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { getCurrentUser } from '../../../lib/session'
import { LogoutButton } from './LogoutButton'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('logout.title') }
}

/** Logging out is a POST (a button), so a prefetched link can never log someone out. */
export default async function LogoutPage() {
  const { t } = await getT()
  const user = await getCurrentUser()
  if (!user) {
    return (
      <>
        <PageHeader title={t('logout.doneTitle')} lead={t('logout.done')} />
        <Link href="/inloggen" className="btn btn--primary">
          {t('nav.login')}
        </Link>
      </>
    )
  }
  return (
    <>
      <PageHeader title={t('logout.title')} lead={t('logout.lead', { name: user.name })} />
      <LogoutButton />
    </>
  )
}
