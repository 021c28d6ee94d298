import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The one-click link in the availability mail: `<member>.<issued ms>.<hmac>`, signed with the
 * server's secret, so confirming needs no login and a changed member or date is refused. The
 * issued moment doubles as the link's identity: the store lets each one confirm once.
 */
export type ConfirmClaim = { memberId: string; issuedAt: Date }

/** A link older than this is refused; the next mail brings a new one. */
export const CONFIRM_TOKEN_DAYS = 30

const sign = (payload: string, secret: string) =>
  createHmac('sha256', `availability-confirm:${secret}`).update(payload).digest('base64url')

export function confirmToken(claim: ConfirmClaim, secret: string): string {
  const body = `${claim.memberId}.${claim.issuedAt.getTime()}`
  return `${body}.${sign(body, secret)}`
}

/** The claim of a genuine, unexpired token; null for anything else (forged, altered, expired, garbage). */
export function verifyConfirmToken(token: string, secret: string, now: Date): ConfirmClaim | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [memberId, issued, signature] = parts as [string, string, string]
  if (!/^[a-zA-Z0-9_-]{1,64}$/.test(memberId) || !/^\d{1,15}$/.test(issued)) return null
  const expected = Buffer.from(sign(`${memberId}.${issued}`, secret))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  const issuedAt = new Date(Number(issued))
  const age = now.getTime() - issuedAt.getTime()
  if (age < 0 || age > CONFIRM_TOKEN_DAYS * 86_400_000) return null
  return { memberId, issuedAt }
}
