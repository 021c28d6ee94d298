import type { Metadata } from 'next'
import Link from 'next/link'
import { LANGUAGES, PROFESSIONS, REGISTRATION_TYPES } from '../../../../../src/domain/options'
import { EmptyState } from '../../../../components/EmptyState'
import { NoAccess } from '../../../../components/NoAccess'
import { PageHeader } from '../../../../components/PageHeader'
import { getT } from '../../../../i18n/server'
import { requireUser } from '../../../../lib/access'
import { formatDate, labelOf, nameOf } from '../../../../lib/format'
import { getPayloadClient } from '../../../../lib/payload'
import { DecisionButtons } from './DecisionButtons'
import { SameNumberWarning } from './SameNumberWarning'
import { sameRegistration } from '../../../../../src/members/sameRegistration'
import { readOnPortalPage } from '../../../../../cms/hooks/accessLog/readRoute'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('pending.title') }
}

/** Sign-ups waiting for the platform team, oldest first, with approve / reject. */
export default async function PendingMembersPage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/beheer/aanmeldingen', ['admin'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('pending.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const members = await payload.find({
    collection: 'members',
    where: { status: { equals: 'pending' } },
    sort: 'createdAt',
    limit: 100,
    depth: 1,
    overrideAccess: false,
    user,
    ...readOnPortalPage('/beheer/aanmeldingen'),
  })
  const twinsOf = new Map(
    await Promise.all(
      members.docs.map(async (member) => [member.id, await sameRegistration(payload, member)] as const),
    ),
  )
  return (
    <>
      <PageHeader title={t('pending.title')} lead={t('pending.lead')}>
        <Link href="/beheer" className="btn btn--quiet">
          ← {t('manage.title')}
        </Link>
      </PageHeader>
      {members.docs.length === 0 ? (
        <EmptyState title={t('pending.emptyTitle')}>
          <p>{t('pending.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="cards" style={{ gridTemplateColumns: '1fr' }}>
          {members.docs.map((member) => (
            <li key={member.id} className="card" aria-labelledby={`aanmelding-${member.id}`}>
              <h2 id={`aanmelding-${member.id}`}>{member.displayName}</h2>
              <p className="card__meta">{t('pending.signedUpOn', { date: formatDate(member.createdAt, language) })}</p>
              <p>
                {labelOf(PROFESSIONS, member.profession, language)} ·{' '}
                {labelOf(REGISTRATION_TYPES, member.registrationType, language)} {member.registrationNumber}
              </p>
              <p>
                {t('pending.region', { region: nameOf(member.homeRegion) ?? '—' })} ·{' '}
                {t('pending.capacity', { count: member.capacityCases })} ·{' '}
                {(member.languages ?? []).map((code) => labelOf(LANGUAGES, code, language)).join(', ')}
              </p>
              {member.motivation && <blockquote className="card__meta">{member.motivation}</blockquote>}
              <SameNumberWarning
                twins={twinsOf.get(member.id) ?? []}
                register={labelOf(REGISTRATION_TYPES, member.registrationType, language)}
              />
              <DecisionButtons memberId={String(member.id)} name={member.displayName} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
