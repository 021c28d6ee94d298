import type { Metadata } from 'next'
import Link from 'next/link'
import { memberIdOf } from '../../../../cms/access/memberOfUser'
import { idOf, idsOf } from '../../../../src/domain/ids'
import { placesOf } from '../../../../src/store/places'
import { EmptyState } from '../../../components/EmptyState'
import { NoAccess } from '../../../components/NoAccess'
import { Notice } from '../../../components/Notice'
import { PageHeader } from '../../../components/PageHeader'
import { PostForm } from '../../../components/PostForm'
import { Stat } from '../../../components/Stat'
import { getT } from '../../../i18n/server'
import { requireUser } from '../../../lib/access'
import { formatDate } from '../../../lib/format'
import { getPayloadClient } from '../../../lib/payload'
import { loadProfileOptions } from '../../../lib/profileOptions'
import { ProfileForm, type ProfileValues } from './ProfileForm'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('profile.title') }
}

/** "Mijn profiel": what matching reads about this member, with the places running now. */
export default async function ProfilePage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/profiel', ['therapist', 'trainer', 'supervisor'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('profile.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const memberId = await memberIdOf(payload, user.id)
  if (!memberId)
    return (
      <>
        <PageHeader title={t('profile.title')} />
        <EmptyState title={t('profile.noProfileTitle')}>
          <p>{t('profile.noProfile')}</p>
        </EmptyState>
      </>
    )
  // Read as the member: the own profile includes the capacity fields that others do not see.
  const [member, places, options, erasures] = await Promise.all([
    payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: false, user }),
    placesOf(payload, 'cases', memberId),
    loadProfileOptions(payload),
    payload.find({
      collection: 'deletion-requests',
      where: { member: { equals: memberId } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
    }),
  ])
  // FerretDB does not sort: the newest request is picked here.
  const newestFirst = [...erasures.docs].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const pendingErasure = newestFirst.find((request) => request.status === 'pending')
  const lastErasure = newestFirst[0]
  const values: ProfileValues = {
    homeRegion: idOf(member.homeRegion) ?? '',
    regionsServed: idsOf(member.regionsServed),
    methods: idsOf(member.methods),
    themes: idsOf(member.themes),
    targetGroups: idsOf(member.targetGroups),
    capacityCases: Number(member.capacityCases ?? 0),
    hoursPerWeek: Number(member.hoursPerWeek ?? 0),
    availableFrom: member.availableFrom ? member.availableFrom.slice(0, 10) : '',
    remoteAvailable: Boolean(member.remoteAvailable),
    languages: member.languages?.length ? [...member.languages] : ['nl'],
    intro: member.intro ?? '',
  }
  const taken = places ? places.claims.length : 0
  return (
    <>
      <PageHeader title={t('profile.title')} lead={t('profile.lead')} />
      <div className="stats">
        <Stat value={values.capacityCases} label={t('profile.capacity')} />
        <Stat value={taken} label={t('profile.taken')} />
        <Stat value={places?.free ?? 0} label={t('profile.free')} />
      </div>
      <ProfileForm memberId={memberId} values={values} options={options} taken={taken} />
      <section aria-labelledby="mijn-gegevens">
        <h2 id="mijn-gegevens">{t('profile.dataTitle')}</h2>
        <p>{t('profile.dataBody')}</p>
        <p>
          {/* A file, not a page: the browser saves what the endpoint sends (src/store/memberData.ts). */}
          <a className="btn btn--secondary" href="/api/members/me/data" download>
            {t('profile.dataDownload')}
          </a>
        </p>
        <p>
          <Link href="/privacy">{t('profile.privacyLink')}</Link>
        </p>
      </section>
      <section aria-labelledby="verwijderen">
        <h2 id="verwijderen">{t('profile.erasureTitle')}</h2>
        {pendingErasure ? (
          <Notice
            tone="warning"
            title={t('profile.erasurePending', { date: formatDate(pendingErasure.createdAt, language) })}
          >
            {t('profile.erasurePendingBody')}
          </Notice>
        ) : (
          <>
            {lastErasure?.status === 'rejected' && (
              <Notice
                tone="warning"
                title={t('profile.erasureRefused', { date: formatDate(lastErasure.decidedAt, language) })}
              >
                {lastErasure.decisionNote}
              </Notice>
            )}
            <p>{t('profile.erasureBody')}</p>
            <PostForm
              url="/api/deletion-requests/request"
              fields={[{ name: 'reason', label: t('profile.erasureReason'), multiline: true }]}
              choices={[{ label: t('profile.erasureAsk'), fixed: {}, variant: 'danger' }]}
              success={t('profile.erasureSent')}
            />
          </>
        )}
      </section>
    </>
  )
}
