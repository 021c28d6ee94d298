'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

type Decision = 'approve' | 'reject'

/** Our endpoint answers with a Dutch `message`; anything else gets a Dutch fallback. */
async function dutchMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { message?: unknown }
  if (typeof body.message === 'string' && body.message) return body.message
  return response.status >= 500
    ? 'Het besluit kon nu niet worden verwerkt (de processerver is niet bereikbaar). Probeer het over een paar minuten opnieuw.'
    : 'Het besluit is niet opgeslagen. Probeer het opnieuw.'
}

/**
 * Approve / reject buttons on a pending member, driving the member-approval
 * workflow through POST /api/members/:id/decision. Rejecting asks for a reason
 * inline (the therapist reads it), instead of a browser prompt.
 */
export function MemberDecisionButtons() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const router = useRouter()
  const reasonId = useId()
  const [busy, setBusy] = useState(false)
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<string | null>(null)

  if (!id || status !== 'pending') return null

  async function decide(decision: Decision) {
    if (decision === 'reject' && !reason.trim())
      return setMessage('Vul een reden in; de behandelaar krijgt die te lezen.')
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/members/${id}/decision`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ decision, reason: decision === 'reject' ? reason.trim() : undefined }),
      })
      if (!response.ok) return setMessage(await dutchMessage(response))
      router.refresh()
    } catch {
      setMessage('De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
      {rejecting ? (
        <>
          <label htmlFor={reasonId} style={{ width: '100%' }}>
            Reden van afwijzing (de behandelaar krijgt dit te lezen)
          </label>
          <textarea
            id={reasonId}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            maxLength={2000}
            style={{ width: '100%' }}
            autoFocus
          />
          <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => decide('reject')}>
            {busy ? 'Bezig…' : 'Afwijzing versturen'}
          </Button>
          <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => setRejecting(false)}>
            Annuleren
          </Button>
        </>
      ) : (
        <>
          <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => decide('approve')}>
            {busy ? 'Bezig…' : 'Goedkeuren'}
          </Button>
          <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => setRejecting(true)}>
            Afwijzen
          </Button>
        </>
      )}
      <span role="alert" style={{ width: '100%' }}>
        {message}
      </span>
    </div>
  )
}
