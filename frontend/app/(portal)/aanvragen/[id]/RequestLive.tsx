'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type MatchingState, requestStatusOf } from '../../../../../workflows/matching/messages'
import { Button } from '../../../../components/Button'
import { Checkbox } from '../../../../components/Checkbox'
import { Notice } from '../../../../components/Notice'
import { TextField } from '../../../../components/TextField'
import { messageInLanguage } from '../../../../i18n/messageInLanguage'
import { messageOf, postJson } from '../../../../lib/api'
import { formatMoment } from '../../../../../src/domain/dates'

type Props = {
  requestId: string
  initial: MatchingState | null
  started: boolean
  isStaff: boolean
  temporalLink?: string
  /** The document's status at render, and the label of each status in the page's language. */
  status: string
  statusLabels: Record<string, string>
}

const formatTime = (value: string, language: string) =>
  formatMoment(value, language === 'en' ? 'en' : 'nl', { withTime: true, style: 'medium' })

/**
 * The request's live status and timeline (the workflow's `state` query, polled) with what
 * the coordinator can do now: confirm or reject an answer, cancel, answer the follow-up.
 * The status comes from the same state as the timeline, so the two never disagree (the
 * document's copy is written by the run a moment later).
 */
export function RequestLive({ requestId, initial, started, isStaff, temporalLink, status, statusLabels }: Props) {
  const { t, i18n } = useTranslation()
  const router = useRouter()
  const [state, setState] = useState<MatchingState | null>(initial)
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [reasons, setReasons] = useState<Record<string, string>>({})

  useEffect(() => {
    let stopped = false
    async function poll() {
      const response = await fetch(`/api/requests/${requestId}/timeline`, { credentials: 'include' }).catch(() => null)
      if (!stopped && response?.ok) setState((await response.json()) as MatchingState | null)
    }
    const timer = setInterval(poll, 5000)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [requestId])

  async function act(path: string, body: unknown, success = t('matching.done')) {
    setBusy(true)
    setNotice(null)
    const result = await postJson(`/api/requests/${requestId}/${path}`, body)
    setBusy(false)
    if (!result.ok)
      return setNotice({
        tone: 'error',
        text: result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('matching.failed')),
      })
    setNotice({ tone: 'success', text: success })
    const response = await fetch(`/api/requests/${requestId}/timeline`, { credentials: 'include' })
    if (response.ok) setState(await response.json())
    router.refresh()
  }

  const statusBadge = <StatusBadge status={state ? requestStatusOf(state) : status} labels={statusLabels} />

  if (!state) {
    return (
      <section aria-labelledby="verloop">
        {statusBadge}
        <h2 id="verloop">{t('matching.timeline')}</h2>
        <p>{t('matching.notStarted')}</p>
        {!started || isStaff ? (
          <Button onPress={() => act('submit', {})} isPending={busy}>
            {t('matching.startAgain')}
          </Button>
        ) : null}
      </section>
    )
  }

  const open = ['starting', 'negotiating', 'escalated'].includes(state.phase)
  const waiting = state.offers.filter((offer) => offer.status === 'accepted' || offer.status === 'countered')
  return (
    <>
      {statusBadge}
      <div aria-live="polite">{notice && <Notice tone={notice.tone}>{notice.text}</Notice>}</div>
      {state.escalation && (
        <Notice tone="info">
          {t('matching.escalated', { reason: messageInLanguage(state.timeline.at(-1)?.text ?? '', i18n.language) })}
        </Notice>
      )}

      {waiting.length > 0 && (
        <section aria-labelledby="bevestigen">
          <h2 id="bevestigen">{t('matching.waitingConfirm')}</h2>
          <ul className="cards">
            {waiting.map((offer) => (
              <li key={offer.offerId} className="card">
                <h3>{offer.displayName}</h3>
                <p>{offer.reasons}</p>
                {offer.counter && (
                  <p>
                    {t('matching.counter', {
                      terms: [offer.counter.start, offer.counter.hours ? `${offer.counter.hours} u/week` : '']
                        .filter(Boolean)
                        .join(', '),
                    })}
                  </p>
                )}
                <TextField
                  label={t('matching.rejectReason')}
                  value={reasons[offer.offerId] ?? ''}
                  onChange={(value) => setReasons({ ...reasons, [offer.offerId]: value })}
                />
                <div className="form__actions">
                  <Button
                    onPress={() => act('confirm', { offerId: offer.offerId, decision: 'confirm' })}
                    isPending={busy}
                  >
                    {t('matching.confirm')}
                  </Button>
                  <Button
                    variant="secondary"
                    onPress={() =>
                      act('confirm', { offerId: offer.offerId, decision: 'reject', reason: reasons[offer.offerId] })
                    }
                    isDisabled={busy}
                  >
                    {t('matching.reject')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="verloop">
        <h2 id="verloop">{t('matching.timeline')}</h2>
        <p className="card__meta">{t('matching.timelineLive')}</p>
        <ol className="timeline">
          {state.timeline.map((entry, index) => (
            <li key={index}>
              <time dateTime={entry.at}>{formatTime(entry.at, i18n.language)}</time>
              {messageInLanguage(entry.text, i18n.language)}
            </li>
          ))}
        </ol>
      </section>

      {state.match && !state.followUpAnswered && <FollowUpForm busy={busy} onSend={(body) => act('follow-up', body)} />}
      {state.followUpAnswered && <p>{t('matching.followUpThanks')}</p>}

      {open && !isStaff && (
        <CancelSection
          busy={busy}
          onCancel={(reason) => act('cancel', reason ? { reason } : {}, t('matching.cancelled'))}
        />
      )}
      {open && isStaff && <StaffActions busy={busy} temporalLink={temporalLink} onAct={(body) => act('staff', body)} />}
    </>
  )
}

/** Status in words; a live region, so a change while the page polls is announced. */
function StatusBadge({ status, labels }: { status: string; labels: Record<string, string> }) {
  const { t } = useTranslation()
  const tone = status === 'matched' ? ' badge--success' : status === 'escalated' ? ' badge--warning' : ''
  return (
    <p className="request-status" aria-live="polite">
      {t('matching.status')}: <span className={`badge${tone}`}>{labels[status] ?? status}</span>
    </p>
  )
}

/** Cancelling withdraws every open offer, so it asks first, with room for a reason. */
function CancelSection({ busy, onCancel }: { busy: boolean; onCancel: (reason: string) => void }) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  return (
    <section aria-labelledby="annuleren">
      <h2 id="annuleren">{t('matching.cancelRequest')}</h2>
      {asking ? (
        <div className="form" role="group" aria-labelledby="annuleren-vraag">
          <p id="annuleren-vraag">{t('matching.cancelConfirm')}</p>
          <TextField
            label={t('matching.cancelReason')}
            value={reason}
            onChange={setReason}
            multiline
            rows={3}
            autoFocus
          />
          <div className="form__actions">
            <Button variant="danger" onPress={() => onCancel(reason.trim())} isPending={busy}>
              {t('matching.cancelYes')}
            </Button>
            <Button variant="secondary" onPress={() => setAsking(false)} isDisabled={busy}>
              {t('matching.cancelNo')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onPress={() => setAsking(true)} isDisabled={busy}>
          {t('matching.cancelStart')}
        </Button>
      )}
    </section>
  )
}

function FollowUpForm({
  busy,
  onSend,
}: {
  busy: boolean
  onSend: (body: { started: boolean; outcome: string }) => void
}) {
  const { t } = useTranslation()
  const [started, setStarted] = useState(false)
  const [outcome, setOutcome] = useState('')
  return (
    <section aria-labelledby="nazorg">
      <h2 id="nazorg">{t('matching.followUpTitle')}</h2>
      <Checkbox isSelected={started} onChange={setStarted}>
        {t('matching.followUpStarted')}
      </Checkbox>
      <TextField label={t('matching.followUpOutcome')} value={outcome} onChange={setOutcome} multiline rows={4} />
      <Button onPress={() => onSend({ started, outcome })} isPending={busy}>
        {t('matching.followUpSend')}
      </Button>
    </section>
  )
}

function StaffActions({
  busy,
  temporalLink,
  onAct,
}: {
  busy: boolean
  temporalLink?: string
  onAct: (body: Record<string, string>) => void
}) {
  const { t } = useTranslation()
  const [memberId, setMemberId] = useState('')
  const [reason, setReason] = useState('')
  return (
    <section aria-labelledby="platformteam">
      <h2 id="platformteam">{t('matching.staffTitle')}</h2>
      {temporalLink && (
        <p>
          <a href={temporalLink} target="_blank" rel="noreferrer">
            {t('matching.temporalLink')}
          </a>
        </p>
      )}
      <h3>{t('matching.staffWiden')}</h3>
      <div className="form__actions">
        <Button
          variant="secondary"
          onPress={() => onAct({ action: 'widen', regionPolicy: 'neighbours' })}
          isDisabled={busy}
        >
          {t('matching.staffNeighbours')}
        </Button>
        <Button
          variant="secondary"
          onPress={() => onAct({ action: 'widen', regionPolicy: 'remote' })}
          isDisabled={busy}
        >
          {t('matching.staffRemote')}
        </Button>
      </div>
      <h3>{t('matching.staffAssign')}</h3>
      <TextField label={t('matching.staffMemberId')} value={memberId} onChange={setMemberId} />
      <Button onPress={() => onAct({ action: 'assign', memberId })} isDisabled={busy}>
        {t('matching.staffAssign')}
      </Button>
      <h3>{t('matching.staffClose')}</h3>
      <TextField label={t('matching.staffReason')} value={reason} onChange={setReason} />
      <Button variant="secondary" onPress={() => onAct({ action: 'close', reason })} isDisabled={busy}>
        {t('matching.staffClose')}
      </Button>
    </section>
  )
}
