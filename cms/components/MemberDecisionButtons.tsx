'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Approve / reject buttons on a pending member, driving the member-approval workflow. */
export function MemberDecisionButtons() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  if (!id || status !== 'pending') return null

  async function decide(decision: 'approve' | 'reject') {
    const reason = decision === 'reject' ? window.prompt('Waarom wijs je deze aanmelding af? De behandelaar krijgt dit te lezen.') : undefined
    if (decision === 'reject' && !reason) return
    setBusy(true)
    setMessage(null)
    const response = await fetch(`/api/members/${id}/decision`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision, reason }),
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setBusy(false)
    if (!response.ok) return setMessage(body.message ?? 'Er ging iets mis.')
    router.refresh()
  }

  return (
    <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }} aria-live="polite">
      <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => decide('approve')}>
        {busy ? 'Bezig…' : 'Goedkeuren'}
      </Button>
      <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => decide('reject')}>
        Afwijzen
      </Button>
      {message && <span role="alert">{message}</span>}
    </div>
  )
}
