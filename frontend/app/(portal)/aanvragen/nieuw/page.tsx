import type { Metadata } from 'next'
import { NoAccess } from '../../../../components/NoAccess'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'
import { requireUser } from '../../../../lib/access'
import { getPayloadClient } from '../../../../lib/payload'
import { RequestForm } from './RequestForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('matching.newTitle') }
}

/** A coordinator files an expertise request for their organisation. */
export default async function NewRequestPage() {
  const { t } = await getT()
  const { allowed } = await requireUser('/aanvragen/nieuw', ['coordinator', 'admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('matching.newTitle')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const [regions, expertise] = await Promise.all([
    payload.find({ collection: 'regions', limit: 100, depth: 0, sort: 'name', select: { name: true } }),
    payload.find({ collection: 'expertise', limit: 300, depth: 0, sort: 'name', select: { name: true, kind: true } }),
  ])
  const choice = (doc: { id: string; name: string }) => ({ id: String(doc.id), label: doc.name })
  return (
    <>
      <PageHeader title={t('matching.newTitle')} lead={t('matching.newLead')} />
      <RequestForm
        regions={regions.docs.map(choice)}
        expertise={expertise.docs.filter((doc) => doc.kind !== 'target-group').map(choice)}
        targetGroups={expertise.docs.filter((doc) => doc.kind === 'target-group').map(choice)}
      />
    </>
  )
}
