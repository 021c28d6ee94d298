import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState } from '../../../components/EmptyState'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { ResetPasswordForm } from './ResetPasswordForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('reset.title') }
}

/** The page the reset mail links to (`?token=…`, see cms/hooks/passwordResetMail.ts). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { t } = await getT()
  const { token } = await searchParams
  return (
    <>
      <PageHeader title={t('reset.title')} lead={token ? t('reset.lead') : undefined} />
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <EmptyState
          title={t('reset.noToken')}
          action={
            <Link href="/wachtwoord-vergeten" className="btn btn--primary">
              {t('reset.requestNew')}
            </Link>
          }
        />
      )}
    </>
  )
}
