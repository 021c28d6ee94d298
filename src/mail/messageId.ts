import { config } from '../config'

/**
 * The Message-ID of the mail sent for an idempotency key: the same for every attempt, so a
 * mail sent again after a crash is recognisably the same mail (clients and relays that
 * de-duplicate on Message-ID drop it). Characters outside [A-Za-z0-9_-] are written as =XX,
 * which keeps the id a valid dot-atom and distinct keys distinct.
 */
export function messageIdFor(key: string): string {
  const local = Array.from(new TextEncoder().encode(key), (byte) => {
    const char = String.fromCharCode(byte)
    return /[A-Za-z0-9_-]/.test(char) ? char : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }).join('')
  const domain = config.MAIL_FROM_ADDRESS.split('@')[1] ?? 'drakentemmers.example'
  return `<${local}@${domain}>`
}
