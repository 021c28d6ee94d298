import type { Metadata } from 'next'
import { Notice } from '../../../components/Notice'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { getPayloadClient } from '../../../lib/payload'
import { getCurrentUser } from '../../../lib/session'
import { SignUpForm, type SignUpOptions } from './SignUpForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('signUp.title') }
}

/** Regions and expertise come from Payload, so the form offers exactly what the CMS holds. */
async function loadOptions(): Promise<SignUpOptions> {
  const payload = await getPayloadClient()
  const [regions, expertise] = await Promise.all([
    payload.find({
      collection: 'regions',
      pagination: false,
      depth: 0,
      sort: 'name',
      select: { name: true },
      overrideAccess: false,
    }),
    payload.find({
      collection: 'expertise',
      pagination: false,
      depth: 0,
      sort: 'name',
      select: { name: true, kind: true, ageRange: true },
      overrideAccess: false,
    }),
  ])
  const ofKind = (...kinds: string[]) =>
    expertise.docs
      .filter((doc) => kinds.includes(doc.kind))
      .map((doc) => ({ id: String(doc.id), label: doc.ageRange ? `${doc.name} (${doc.ageRange})` : doc.name }))
  return {
    regions: regions.docs.map((doc) => ({ id: String(doc.id), label: doc.name })),
    methods: ofKind('method', 'family-approach'),
    themes: ofKind('theme'),
    targetGroups: ofKind('target-group'),
  }
}

export default async function SignUpPage() {
  const { t } = await getT()
  const user = await getCurrentUser()
  const options = await loadOptions()
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
