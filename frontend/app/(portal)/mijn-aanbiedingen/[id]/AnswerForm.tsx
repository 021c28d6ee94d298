'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/Button'
import { Notice } from '../../../../components/Notice'
import { TextField } from '../../../../components/TextField'
import { messageOf, postJson } from '../../../../lib/api'

type Mode = 'accept' | 'decline' | 'counter'

/** Accept, decline with a reason, or propose another start date or hours; the workflow validates. */
export function AnswerForm({ offerId }: { offerId: string }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [mode, setMode] = useState<Mode | null>(null)
  const [reason, setReason] = useState('')
  const [counterStart, setCounterStart] = useState('')
  const [counterHours, setCounterHours] = useState('')
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(answer: Mode) {
    setBusy(true)
    setNotice(null)
    const body = {
      answer,
      ...(answer === 'decline' ? { reason } : {}),
      ...(answer === 'counter'
        ? { ...(counterStart ? { counterStart } : {}), ...(counterHours ? { counterHours: Number(counterHours) } : {}) }
        : {}),
    }
    const result = await postJson(`/api/offers/${offerId}/answer`, body)
    setBusy(false)
    if (!result.ok)
      return setNotice({
        tone: 'error',
        text: result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('matching.failed')),
      })
    setNotice({ tone: 'success', text: t('matching.answered') })
    router.refresh()
  }

  return (
    <section aria-labelledby="reageren">
      <div aria-live="assertive">{notice && <Notice tone={notice.tone}>{notice.text}</Notice>}</div>
      <div className="form__actions" id="reageren">
        <Button onPress={() => send('accept')} isPending={busy && mode === null}>
          {t('matching.accept')}
        </Button>
        <Button variant="secondary" onPress={() => setMode('decline')} isDisabled={busy}>
          {t('matching.decline')}
        </Button>
        <Button variant="secondary" onPress={() => setMode('counter')} isDisabled={busy}>
          {t('matching.makeCounter')}
        </Button>
      </div>
      {mode === 'decline' && (
        <div className="form">
          <TextField
            label={t('matching.declineReason')}
            value={reason}
            onChange={setReason}
            multiline
            rows={3}
            isRequired
          />
          <Button onPress={() => send('decline')} isPending={busy}>
            {t('matching.answerSend')}
          </Button>
        </div>
      )}
      {mode === 'counter' && (
        <div className="form">
          <TextField type="date" label={t('matching.counterStart')} value={counterStart} onChange={setCounterStart} />
          <TextField
            type="number"
            inputMode="decimal"
            label={t('matching.counterHours')}
            value={counterHours}
            onChange={setCounterHours}
          />
          <Button onPress={() => send('counter')} isPending={busy}>
            {t('matching.answerSend')}
          </Button>
        </div>
      )}
    </section>
  )
}
