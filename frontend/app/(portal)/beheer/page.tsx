import type { Metadata } from 'next'
import Link from 'next/link'
import { config } from '../../../../src/config'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { getPayloadClient } from '../../../lib/payload'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('manage.title') }
}

/** The platform team's start page: pending sign-ups, the CMS and the workflow view. */
export default async function ManagePage() {
  const { t } = await getT()
  const { user, allowed } = await requireUser('/beheer', ['admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('manage.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const [pending, erasures] = await Promise.all([
    payload.count({ collection: 'members', where: { status: { equals: 'pending' } }, overrideAccess: false, user }),
    payload.count({
      collection: 'deletion-requests',
      where: { status: { equals: 'pending' } },
      overrideAccess: false,
      user,
    }),
  ])
  return (
    <>
      <PageHeader title={t('manage.title')} lead={t('manage.lead')} />
      <ul className="cards">
        <li className="card">
          <h2>
            <Link href="/beheer/aanmeldingen">{t('manage.signUps')}</Link>
          </h2>
          <p>{t('manage.signUpsBody', { count: pending.totalDocs })}</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/beheer/beschikbaarheid">{t('manage.availability')}</Link>
          </h2>
          <p>{t('manage.availabilityBody')}</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/beheer/verwijderverzoeken">{t('manage.erasure')}</Link>
          </h2>
          <p>{t('manage.erasureBody', { count: erasures.totalDocs })}</p>
        </li>
        <li className="card">
          <h2>
            <Link href="/beheer/bewaartermijn">{t('manage.retention')}</Link>
          </h2>
          <p>{t('manage.retentionBody')}</p>
        </li>
        <li className="card">
          <h2>
            <a href="/admin">{t('manage.cms')}</a>
          </h2>
          <p>{t('manage.cmsBody')}</p>
        </li>
        <li className="card">
          <h2>
            <a href={config.TEMPORAL_UI_URL} target="_blank" rel="noreferrer">
              {t('manage.temporal')}
            </a>
          </h2>
          <p>{t('manage.temporalBody')}</p>
        </li>
      </ul>
    </>
  )
}
