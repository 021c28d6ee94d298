import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState } from '../../../components/EmptyState'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { ConfirmAvailabilityButton } from './ConfirmAvailabilityButton'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('availabilityConfirm.title') }
}

/** The page the availability mail links to (`?token=…`, see workflows/availability/activities.ts); no login needed. */
export default async function ConfirmAvailabilityPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { t } = await getT()
  const { token } = await searchParams
  return (
    <>
      <PageHeader title={t('availabilityConfirm.title')} lead={token ? t('availabilityConfirm.lead') : undefined} />
      {token ? (
        <ConfirmAvailabilityButton token={token} />
      ) : (
        <EmptyState
          title={t('availabilityConfirm.noToken')}
          action={
            <Link href="/profiel" className="btn btn--primary">
              {t('availabilityConfirm.change')}
            </Link>
          }
        />
      )}
    </>
  )
}
