import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { safeNext } from '../../../lib/safeNext'
import { LoginForm } from './LoginForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('login.title') }
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ volgende?: string }> }) {
  const { t } = await getT()
  const next = safeNext((await searchParams).volgende, '/start')
  return (
    <>
      <PageHeader title={t('login.title')} lead={t('login.lead')} />
      <LoginForm next={next} />
      <p style={{ marginTop: 'var(--space-5)' }}>
        <Link href="/wachtwoord-vergeten">{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link href="/aanmelden">{t('nav.signUp')}</Link>
      </p>
    </>
  )
}
