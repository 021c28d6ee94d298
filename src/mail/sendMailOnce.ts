import type { Payload } from 'payload'
import type { MailMessage } from './templates'

export type MailSendResult = 'sent' | 'already-sent'

/**
 * Sends a mail at most once per idempotency key. The mail-log row is claimed first
 * (unique key); a retry after a failed send finds the row still pending and sends
 * again, a retry after a successful send finds it sent and does nothing.
 */
export async function sendMailOnce(payload: Payload, key: string, to: string | string[], message: MailMessage): Promise<MailSendResult> {
  const recipients = Array.isArray(to) ? to : [to]
  if (recipients.length === 0) throw new Error(`Mail ${key} has no recipients`)
  const row = await claimMailRow(payload, key, recipients.join(', '), message.subject)
  if (row.status === 'sent') return 'already-sent'
  await payload.sendEmail({ to: recipients, subject: message.subject, text: message.text, html: message.html, ...(message.attachments ? { attachments: message.attachments } : {}) })
  await payload.update({ collection: 'mail-log', id: row.id, data: { status: 'sent', sentAt: new Date().toISOString() }, overrideAccess: true })
  return 'sent'
}

async function claimMailRow(payload: Payload, key: string, to: string, subject: string) {
  const existing = await findRow(payload, key)
  if (existing) return existing
  try {
    return await payload.create({ collection: 'mail-log', data: { key, to, subject, status: 'pending' }, overrideAccess: true })
  } catch (error) {
    // Lost a race with a concurrent attempt for the same key: use its row.
    const raced = await findRow(payload, key)
    if (raced) return raced
    throw error
  }
}

async function findRow(payload: Payload, key: string) {
  const found = await payload.find({ collection: 'mail-log', where: { key: { equals: key } }, limit: 1, overrideAccess: true })
  return found.docs[0]
}
