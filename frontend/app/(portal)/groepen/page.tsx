import type { Metadata } from 'next'
import { GroupSignups } from '../../../../cms/collections/GroupSignups'
import { Groups } from '../../../../cms/collections/Groups'
import { EmptyState } from '../../../components/EmptyState'
import { NoAccess } from '../../../components/NoAccess'
import { PageHeader } from '../../../components/PageHeader'
import { getT } from '../../../i18n/server'
import { formatDate, nameOf } from '../../../lib/format'
import { optionLabel } from '../../../lib/optionLabel'
import { requireUser } from '../../../lib/access'
import { forbiddenAsEmpty } from '../../../lib/forbiddenAsEmpty'
import { getPayloadClient } from '../../../lib/payload'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t('groups.title') }
}

/** Supervision and intervision: the groups one leads or joins, and one's sign-ups. */
export default async function GroupsPage() {
  const { t, language } = await getT()
  const { user, allowed } = await requireUser('/groepen', ['therapist', 'supervisor'])
  if (!allowed) return (<><PageHeader title={t('groups.title')} /><NoAccess /></>)
  const payload = await getPayloadClient()
  const [groups, signups] = await Promise.all([
    payload.find({ collection: 'groups', sort: 'name', limit: 50, depth: 1, overrideAccess: false, user }),
    forbiddenAsEmpty(payload.find({ collection: 'group-signups', sort: '-createdAt', limit: 50, depth: 1, overrideAccess: false, user })),
  ])
  const now = new Date().toISOString()
  return (
    <>
      <PageHeader title={t('groups.title')} lead={t('groups.lead')} />
      <h2>{t('groups.myGroups')}</h2>
      {groups.docs.length === 0 ? (
        <EmptyState title={t('groups.noGroupsTitle')}><p>{t('groups.noGroups')}</p></EmptyState>
      ) : (
        <ul className="cards">
          {groups.docs.map((group) => {
            const next = group.sessions?.map((session) => session.startsAt).filter((date) => date >= now).sort()[0]
            return (
              <li key={group.id} className="card">
                <p className="card__meta">
                  <span className="badge">{optionLabel(Groups, 'kind', group.kind, language)}</span> · {optionLabel(Groups, 'status', group.status, language)}
                </p>
                <h3>{group.name}</h3>
                <p>{group.theme}{nameOf(group.region) && <> · {nameOf(group.region)}</>}</p>
                <p className="card__meta">{t('groups.participants', { count: group.members?.length ?? 0 })}</p>
                <p className="card__meta">{next ? t('groups.nextSession', { date: formatDate(next, language, true) }) : t('groups.noSession')}</p>
              </li>
            )
          })}
        </ul>
      )}
      <h2>{t('groups.mySignups')}</h2>
      {!signups || signups.docs.length === 0 ? (
        <EmptyState title={t('groups.noSignupsTitle')}><p>{t('groups.noSignups')}</p></EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">{t('groups.kind')}</th><th scope="col">{t('groups.theme')}</th><th scope="col">{t('groups.region')}</th><th scope="col">{t('groups.status')}</th></tr>
            </thead>
            <tbody>
              {signups.docs.map((signup) => (
                <tr key={signup.id}>
                  <td>{optionLabel(GroupSignups, 'kind', signup.kind, language)}</td>
                  <td>{signup.theme}</td>
                  <td>{nameOf(signup.region) ?? '—'}</td>
                  <td>{optionLabel(GroupSignups, 'status', signup.status, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
