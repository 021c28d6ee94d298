'use client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/Button'
import { Notice } from '../../../../components/Notice'
import { TextField } from '../../../../components/TextField'
import { messageOf, postJson } from '../../../../lib/api'

type Decision = 'approve' | 'reject'

/**
 * Approve or reject one sign-up through POST /api/members/:id/decision (the
 * member-approval workflow). Rejecting asks for a reason the therapist will read.
 */
export function DecisionButtons({ memberId, name }: { memberId: string; name: string }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<Decision | null>(null)
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>()
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  async function decide(decision: Decision) {
    if (decision === 'reject' && !reason.trim()) return setReasonError(t('pending.reasonRequired'))
    setReasonError(undefined)
    setBusy(decision)
    setError(null)
    const result = await postJson(`/api/members/${encodeURIComponent(memberId)}/decision`, {
      decision,
      reason: decision === 'reject' ? reason.trim() : undefined,
    })
    setBusy(null)
    if (!result.ok)
      return setError(result.status === 0 ? t('common.offline') : (messageOf(result.data) ?? t('pending.failed')))
    // No refresh here: the decided row would vanish and take this confirmation with it.
    setDone(decision === 'approve' ? t('pending.approved', { name }) : t('pending.rejected', { name }))
  }

  if (done) return <Notice tone="success">{done}</Notice>

  return (
    <div className="decision">
      {error && <Notice tone="error">{error}</Notice>}
      {rejecting && (
        <TextField
          label={t('pending.reason')}
          description={t('pending.reasonHelp')}
          value={reason}
          onChange={setReason}
          isInvalid={Boolean(reasonError)}
          errorMessage={reasonError}
          multiline
          rows={3}
          isRequired
          autoFocus
        />
      )}
      <div className="actions-row">
        {!rejecting && (
          <Button
            onPress={() => decide('approve')}
            isPending={busy === 'approve'}
            isDisabled={busy !== null}
            pendingLabel={t('common.busy')}
            aria-label={t('pending.approveName', { name })}
          >
            {t('pending.approve')}
          </Button>
        )}
        {rejecting ? (
          <>
            <Button
              variant="danger"
              onPress={() => decide('reject')}
              isPending={busy === 'reject'}
              isDisabled={busy !== null}
              pendingLabel={t('common.busy')}
            >
              {t('pending.confirmReject')}
            </Button>
            <Button
              variant="quiet"
              onPress={() => {
                setRejecting(false)
                setReasonError(undefined)
              }}
              isDisabled={busy !== null}
            >
              {t('common.cancel')}
            </Button>
          </>
        ) : (
          <Button
            variant="secondary"
            onPress={() => setRejecting(true)}
            isDisabled={busy !== null}
            aria-label={t('pending.rejectName', { name })}
          >
            {t('pending.reject')}
          </Button>
        )}
      </div>
    </div>
  )
}
