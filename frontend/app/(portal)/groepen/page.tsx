import type { Metadata } from 'next'
import type { Group, GroupSignup } from '../../../../cms/payload-types'
import { GroupSignups } from '../../../../cms/collections/GroupSignups'
import { GROUP_KINDS, Groups, PARTICIPANT_STATUSES, SLOT_OPTIONS } from '../../../../cms/collections/Groups'
import { hasRole } from '../../../../cms/access/roles'
import { DAY_PARTS, WEEKDAYS, dayLabel, partLabel } from '../../../../src/domain/availability'
import { idOf } from '../../../../src/domain/ids'
import { temporalClient } from '../../../../workflows/client'
import { poolPositions } from '../../../../workflows/group-formation/client'
import { GROUP_THEMES, themeLabel } from '../../../../src/groups/themes'
import { EmptyState } from '../../../components/EmptyState'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { type ServerTranslation, getT } from '../../../i18n/server'
import { formatDate, nameOf } from '../../../lib/format'
import { optionLabel } from '../../../lib/optionLabel'
import { requireUser } from '../../../lib/access'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { getPayloadClient } from '../../../lib/payload'
import { supervisorOverview } from '../../../lib/supervisorGroups'
import { ActionButton } from './ActionButton'
import { GroupSignUpForm } from './GroupSignUpForm'
import { SupervisorGroups } from './SupervisorGroups'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('groups.title') }
}

/**
 * Supervision and intervision: sign up, see one's place on the waiting list ("nog 1
 * deelnemer nodig"), confirm or decline a proposed group, withdraw or drop out; the
 * supervisor sees first what waits for their answer, then the groups they lead and the
 * pools forming in their regions (SupervisorGroups).
 */
export default async function GroupsPage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/groepen', ['therapist', 'supervisor'])
  if (!allowed)
    return (
      <>
        <PageHeader title={t('groups.title')} />
        <NoAccess />
      </>
    )
  const payload = await getPayloadClient()
  const [members, regions, groups, signups] = await Promise.all([
    payload.find({
      collection: 'members',
      where: { user: { equals: user.id } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user,
    }),
    payload.find({ collection: 'regions', limit: 100, depth: 0, sort: 'name', overrideAccess: false, user }),
    payload.find({
      collection: 'groups',
      sort: '-createdAt',
      limit: 50,
      depth: 1,
      // Only what the cards show of related documents: least data, also in the server's memory.
      populate: { regions: { name: true }, members: { displayName: true }, users: { name: true } },
      overrideAccess: false,
      user,
    }),
    forbiddenAsEmpty(
      payload.find({
        collection: 'group-signups',
        sort: '-createdAt',
        limit: 50,
        depth: 1,
        overrideAccess: false,
        user,
      }),
    ),
  ])
  const member = members.docs[0]
  const memberId = member ? String(member.id) : null
  const userId = String(user.id)
  const positions = await poolPositions((signups?.docs ?? []).filter((s) => s.status === 'waiting'))
  const label = (options: { value: string; label: { nl: string; en: string } }[], value?: string | null) =>
    options.find((o) => o.value === value)?.label[language] ?? value ?? ''
  const now = Date.now()

  const i18n = { t, language }
  const overview = hasRole(user, 'supervisor')
    ? await supervisorOverview(payload, user, await temporalClient().catch(() => null))
    : null
  // Groups offered to or led by this supervisor are in the supervisor's part; here the own participation.
  const inOverview = new Set([...(overview?.toAnswer ?? []), ...(overview?.leading ?? [])].map((g) => g.id))
  const offeredOrLed = (group: Group) =>
    inOverview.has(String(group.id)) ||
    idOf(group.supervisor) === userId ||
    (group.offeredSupervisors ?? []).some((s) => idOf(s) === userId)
  const mine = groups.docs.filter((g) => !offeredOrLed(g))

  return (
    <>
      <PageHeader title={t('groups.title')} lead={t('groups.lead')} />

      {overview && <SupervisorGroups overview={overview} now={now} i18n={i18n} />}

      {(!overview || memberId || mine.length > 0) && (
        <section aria-labelledby="mijn-groepen">
          <h2 id="mijn-groepen">{t('groups.myGroups')}</h2>
          {mine.length === 0 ? (
            <EmptyState title={t('groups.noGroupsTitle')}>
              <p>{t('groups.noGroups')}</p>
            </EmptyState>
          ) : (
            <ul className="cards">
              {mine.map((group) => (
                <GroupCard
                  key={group.id}
                  group={group}
                  memberId={memberId}
                  now={now}
                  t={t}
                  language={language}
                  label={label}
                />
              ))}
            </ul>
          )}
        </section>
      )}

      {memberId && (
        <section aria-labelledby="mijn-aanmeldingen">
          <h2 id="mijn-aanmeldingen">{t('groups.mySignups')}</h2>
          {!signups || signups.docs.length === 0 ? (
            <EmptyState title={t('groups.noSignupsTitle')}>
              <p>{t('groups.noSignups')}</p>
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('groups.kind')}</th>
                    <th scope="col">{t('groups.theme')}</th>
                    <th scope="col">{t('groups.region')}</th>
                    <th scope="col">{t('groups.status')}</th>
                    <th scope="col">{t('groups.waitingList')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('groups.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {signups.docs.map((signup: GroupSignup) => {
                    const place = positions.get(String(signup.id))
                    return (
                      <tr key={signup.id}>
                        <td>{optionLabel(GroupSignups, 'kind', signup.kind, language)}</td>
                        <td>{themeLabel(signup.theme, language)}</td>
                        <td>{nameOf(signup.region) ?? '—'}</td>
                        <td>{optionLabel(GroupSignups, 'status', signup.status, language)}</td>
                        <td>
                          {place ? (
                            <>
                              {t('groups.position', { position: place.position, size: place.poolSize })}
                              <br />
                              {place.stillNeeded > 0
                                ? t('groups.stillNeeded', { count: place.stillNeeded })
                                : t('groups.enoughMembers')}
                              {place.deadline && place.stillNeeded === 0 && (
                                <>
                                  <br />
                                  {t('groups.formsBy', { date: formatDate(place.deadline, language) })}
                                </>
                              )}
                            </>
                          ) : (
                            '—'
                          )}
                        </td>
                        <td>
                          {signup.status === 'waiting' && (
                            <ActionButton
                              url={`/api/group-signups/${signup.id}/withdraw`}
                              label={t('groups.withdraw')}
                              variant="secondary"
                            />
                          )}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t('groups.signUpTitle')}</h2>
          <p>{t('groups.signUpLead')}</p>
          <GroupSignUpForm
            options={{
              kinds: GROUP_KINDS.map((o) => ({ id: o.value, label: o.label[language] })),
              regions: regions.docs.map((r) => ({ id: String(r.id), label: r.name })),
              themes: Object.entries(GROUP_THEMES).map(([id, l]) => ({ id, label: l[language] })),
              slots: SLOT_OPTIONS.map((o) => ({ id: o.value, label: o.label[language] })),
              days: WEEKDAYS.map((day) => ({ id: day, label: dayLabel(day, language) })),
              parts: DAY_PARTS.map((part) => ({ id: part, label: partLabel(part, language) })),
              homeRegion: member ? (idOf(member.homeRegion) ?? undefined) : undefined,
            }}
          />
        </section>
      )}
    </>
  )
}

type T = ServerTranslation['t']
type Lang = ServerTranslation['language']

function GroupCard({
  group,
  memberId,
  now,
  t,
  language,
  label,
}: {
  group: Group
  memberId: string | null
  now: number
  t: T
  language: Lang
  label: (o: { value: string; label: { nl: string; en: string } }[], v?: string | null) => string
}) {
  const mine = memberId ? [...(group.participants ?? [])].reverse().find((p) => idOf(p.member) === memberId) : undefined
  const sessions = group.sessions ?? []
  const next = sessions
    .map((s) => s.startsAt)
    .filter((d) => Date.parse(d) >= now)
    .sort()[0]
  return (
    <li className="card">
      <p className="card__meta">
        <span className="badge">{optionLabel(Groups, 'kind', group.kind, language)}</span> ·{' '}
        {optionLabel(Groups, 'status', group.status, language)}
      </p>
      <h3>{group.name}</h3>
      <p>
        {themeLabel(group.theme, language)}
        {nameOf(group.region) && <> · {nameOf(group.region)}</>} · {label(SLOT_OPTIONS, group.slot)}
        {group.online ? ' · online' : ''}
      </p>
      <p className="card__meta">{t('groups.participants', { count: (group.members ?? []).length })}</p>
      {mine && <p className="card__meta">{label(PARTICIPANT_STATUSES, mine.status)}</p>}
      {mine?.status === 'pending' && (
        <p>
          {mine.respondBy && (
            <>
              {t('groups.respondBy', { date: formatDate(mine.respondBy, language, true) })}
              <br />
            </>
          )}
          <ActionButton url={`/api/groups/${group.id}/respond`} body={{ accept: true }} label={t('groups.confirm')} />{' '}
          <ActionButton
            url={`/api/groups/${group.id}/respond`}
            body={{ accept: false }}
            label={t('groups.decline')}
            variant="secondary"
          />
        </p>
      )}
      {sessions.length > 0 ? (
        <details>
          <summary>
            {next ? t('groups.nextSession', { date: formatDate(next, language, true) }) : t('groups.noSession')}
          </summary>
          <ol>
            {sessions.map((s) => (
              <li key={s.id ?? s.startsAt}>
                {formatDate(s.startsAt, language, true)} ({s.durationMinutes} min)
                {s.attendanceRecordedAt ? ` · ${t('groups.recorded')}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : (
        <p className="card__meta">{t('groups.noSession')}</p>
      )}
      {mine?.status === 'confirmed' && group.status !== 'finished' && group.status !== 'cancelled' && (
        <p>
          <ActionButton url={`/api/groups/${group.id}/drop-out`} label={t('groups.dropOut')} variant="danger" />
        </p>
      )}
    </li>
  )
}
