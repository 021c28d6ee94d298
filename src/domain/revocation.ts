/**
 * Revoking a certificate: staff give a reason (it goes into the audit and onto the holder's
 * view), and a revocation is final: an error is repaired with a new certificate, never by
 * making a revoked one valid again (verifiers may have seen it revoked).
 */
export const REVOCATION_REASON_MIN = 10

export type RevocationChange = {
  before: { status?: string | null }
  after: { status?: string | null; reason?: string | null }
}

export function revocationProblem({ before, after }: RevocationChange): string | null {
  if (before.status === 'revoked')
    return after.status && after.status !== 'revoked'
      ? 'Een ingetrokken certificaat blijft ingetrokken; geef zo nodig een nieuw certificaat uit.'
      : null
  if (after.status === 'revoked' && (after.reason ?? '').trim().length < REVOCATION_REASON_MIN)
    return `Geef een reden voor het intrekken (minstens ${REVOCATION_REASON_MIN} tekens); de houder en het auditlog krijgen die te zien.`
  return null
}
