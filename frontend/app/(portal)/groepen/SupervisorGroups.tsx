import { GROUP_KINDS, GROUP_STATUSES, SLOT_OPTIONS } from '../../../../cms/collections/Groups'
import { themeLabel } from '../../../../src/groups/themes'
import { EmptyState } from '../../../components/EmptyState'
import type { ServerTranslation } from '../../../i18n/server'
import { formatDate } from '../../../lib/format'
import type { LedGroup, SupervisorOverview } from '../../../lib/supervisorGroups'
import { ActionButton } from './ActionButton'
import { AttendanceForm } from './AttendanceForm'

type Option = { value: string; label: { nl: string; en: string } }

/**
 * The supervisor's part of the Groepen page: what waits for their answer first (with the
 * deadline), then the groups they lead (participants by name, sessions, attendance to
 * record), then the supervision pools forming in their regions (counts only).
 */
export function SupervisorGroups({
  overview,
  now,
  i18n,
}: {
  overview: SupervisorOverview
  now: number
  i18n: ServerTranslation
}) {
  const { t, language } = i18n
  const label = (options: Option[], value?: string | null) =>
    options.find((o) => o.value === value)?.label[language] ?? value ?? ''
  return (
    <>
      {overview.toAnswer.length > 0 && (
        <section aria-labelledby="wacht-op-antwoord">
          <h2 id="wacht-op-antwoord">{t('groups.toAnswerTitle')}</h2>
          <p>{t('groups.toAnswerLead')}</p>
          <ul className="cards">
            {overview.toAnswer.map((group) => (
              <li key={group.id} className="card">
                <h3>{group.name}</h3>
                <p>
                  {themeLabel(group.theme, language)}
                  {group.regionName && <> · {group.regionName}</>} · {label(SLOT_OPTIONS, group.slot)}
                  {group.online ? ' · online' : ''}
                </p>
                <p className="card__meta">{t('groups.participants', { count: group.participantCount })}</p>
                {group.respondBy && (
                  <p>
                    <strong>{t('groups.answerBy', { date: formatDate(group.respondBy, language, true) })}</strong>
                  </p>
                )}
                <p>
                  <ActionButton
                    url={`/api/groups/${group.id}/supervisor-response`}
                    body={{ accept: true }}
                    label={t('groups.acceptGroup')}
                  />{' '}
                  <ActionButton
                    url={`/api/groups/${group.id}/supervisor-response`}
                    body={{ accept: false }}
                    label={t('groups.declineGroup')}
                    variant="secondary"
                  />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="groepen-die-je-begeleidt">
        <h2 id="groepen-die-je-begeleidt">{t('groups.ledTitle')}</h2>
        {overview.leading.length === 0 ? (
          <EmptyState title={t('groups.noLedTitle')}>
            <p>{t('groups.noLed')}</p>
          </EmptyState>
        ) : (
          <ul className="cards">
            {overview.leading.map((group) => (
              <LedGroupCard key={group.id} group={group} now={now} i18n={i18n} label={label} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pools-in-je-regios">
        <h2 id="pools-in-je-regios">{t('groups.poolsTitle')}</h2>
        <p>{t('groups.poolsLead')}</p>
        {overview.pools.length === 0 ? (
          <p className="card__meta">{t('groups.noPools')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('groups.theme')}</th>
                  <th scope="col">{t('groups.region')}</th>
                  <th scope="col">{t('groups.waitingCount')}</th>
                  <th scope="col">{t('groups.stillNeededCount')}</th>
                  <th scope="col">{t('groups.smallerFrom')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.pools.map((pool) => (
                  <tr key={`${pool.regionId}-${pool.theme}`}>
                    <td>{themeLabel(pool.theme, language)}</td>
                    <td>{pool.regionName}</td>
                    <td>{pool.waiting}</td>
                    <td>{pool.stillNeeded}</td>
                    <td>{pool.deadline ? formatDate(pool.deadline, language) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  )
}

function LedGroupCard({
  group,
  now,
  i18n,
  label,
}: {
  group: LedGroup
  now: number
  i18n: ServerTranslation
  label: (options: Option[], value?: string | null) => string
}) {
  const { t, language } = i18n
  const next = group.sessions
    .map((s) => s.startsAt)
    .filter((startsAt) => Date.parse(startsAt) >= now)
    .sort()[0]
  const toRecord = group.sessions.filter((s) => Date.parse(s.startsAt) <= now && !s.attendanceRecorded)
  const participantsId = `deelnemers-${group.id}`
  return (
    <li className="card">
      <p className="card__meta">
        <span className="badge">{label(GROUP_KINDS, group.kind)}</span> · {label(GROUP_STATUSES, group.status)}
      </p>
      <h3>{group.name}</h3>
      <p>
        {themeLabel(group.theme, language)}
        {group.regionName && <> · {group.regionName}</>} · {label(SLOT_OPTIONS, group.slot)}
        {group.online ? ' · online' : ''}
      </p>
      <p className="card__meta" id={participantsId}>
        {t('groups.participants', { count: group.participants.length })}
      </p>
      {group.participants.length > 0 && (
        <ul aria-labelledby={participantsId}>
          {group.participants.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      )}
      {group.sessions.length > 0 ? (
        <details>
          <summary>
            {t('groups.sessionsPlanned', { count: group.sessions.length })} ·{' '}
            {next ? t('groups.nextSession', { date: formatDate(next, language, true) }) : t('groups.noSession')}
          </summary>
          <ol>
            {group.sessions.map((s) => (
              <li key={s.index}>
                {formatDate(s.startsAt, language, true)} ({s.durationMinutes} min)
                {s.attendanceRecorded ? ` · ${t('groups.recorded')}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : (
        <p className="card__meta">{t('groups.noSession')}</p>
      )}
      {toRecord.map((s) => (
        <AttendanceForm
          key={s.index}
          groupId={group.id}
          sessionIndex={s.index}
          members={group.participants.map((p) => ({ id: p.id, label: p.name }))}
          label={t('groups.attendanceFor', { number: s.index + 1, date: formatDate(s.startsAt, language, true) })}
        />
      ))}
    </li>
  )
}
