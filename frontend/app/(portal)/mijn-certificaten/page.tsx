import type { Metadata } from 'next'
import Link from 'next/link'
import { memberIdOf } from '../../../../cms/access/memberOfUser'
import { EmptyState } from '../../../components/EmptyState'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { getPayloadClient } from '../../../lib/payload'
import { CertificateCard } from './CertificateCard'
import { myCertificates } from './myCertificates'
import './my-certificates.css'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('myCertificates.title') }
}

/** "Mijn certificaten": each own certificate with its status, downloads, share link and LinkedIn. */
export default async function MyCertificatesPage() {
  const translation = await getT()
  const { t } = translation
  const { user, allowed } = await requireUser('/mijn-certificaten', ['therapist'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('myCertificates.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const memberId = await memberIdOf(payload, user.id)
  const certificates = memberId ? await myCertificates(payload, user, memberId) : []

  return (
    <>
      <PageHeader title={t('myCertificates.title')} lead={t('myCertificates.lead')} />
      {certificates.length === 0 ? (
        <EmptyState title={t('myCertificates.emptyTitle')}>
          <p>{t('myCertificates.empty')}</p>
          <p>
            <Link href="/opleidingen">{t('myCertificates.toOffer')}</Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="cards my-certificates">
          {certificates.map((certificate) => (
            <CertificateCard key={certificate.id} certificate={certificate} {...translation} />
          ))}
        </ul>
      )}
    </>
  )
}
