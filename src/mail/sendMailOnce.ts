import type { Payload } from 'payload'
import { releaseLease, takeLease } from './mailLease'
import { messageIdFor } from './messageId'
import { NoRecipientError } from './recipients'
import type { MailMessage } from './templates'

export type MailSendResult = 'sent' | 'already-sent'

/**
 * Sends a mail at most once per idempotency key while attempts overlap, and recognisably
 * the same mail when a crashed attempt forces a resend:
 * - the mail-log row (unique key) records the mail: pending → sending → sent;
 * - the send itself is held by a lease (src/mail/mailLease.ts, one insert under a unique
 *   index), so of concurrent attempts one sends and the others throw MailSendInProgress,
 *   which an activity retries until the mail is sent or the lease has run out;
 * - a lease that ran out means its attempt died or timed out; whether its mail got through
 *   is unknown, so the next attempt sends again with the same Message-ID (the key).
 */
export async function sendMailOnce(
  payload: Payload,
  key: string,
  to: string | string[],
  message: MailMessage,
): Promise<MailSendResult> {
  const recipients = Array.isArray(to) ? to : [to]
  if (recipients.length === 0) throw new NoRecipientError(`Mail ${key} has no recipients`)
  const row = await mailRow(payload, key, recipients.join(', '), message.subject)
  if (row.status === 'sent') return 'already-sent'
  const lease = await takeLease(payload, key)
  try {
    // Read again under the lease: the attempt before may have finished just now.
    const current = await findRow(payload, key)
    if (current?.status === 'sent') return 'already-sent'
    await payload.update({
      collection: 'mail-log',
      id: row.id,
      data: { status: 'sending', attempts: lease.attempt },
      overrideAccess: true,
    })
    await payload.sendEmail({
      to: recipients,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: messageIdFor(key),
      ...(message.attachments ? { attachments: message.attachments } : {}),
    })
  } catch (error) {
    await releaseLease(payload, lease)
    throw error
  }
  // Only the lease holder writes the row, so this whole-document write meets no other writer.
  await payload.update({
    collection: 'mail-log',
    id: row.id,
    data: { status: 'sent', sentAt: new Date().toISOString() },
    overrideAccess: true,
  })
  return 'sent'
}

/** The key's mail-log row: inserted by the first attempt (unique key), found by the others. */
async function mailRow(payload: Payload, key: string, to: string, subject: string) {
  const existing = await findRow(payload, key)
  if (existing) return existing
  try {
    return await payload.create({
      collection: 'mail-log',
      data: { key, to, subject, status: 'pending' },
      overrideAccess: true,
    })
  } catch (error) {
    const raced = await findRow(payload, key)
    if (raced) return raced
    throw error
  }
}

async function findRow(payload: Payload, key: string) {
  const found = await payload.find({
    collection: 'mail-log',
    where: { key: { equals: key } },
    limit: 1,
    overrideAccess: true,
  })
  return found.docs[0]
}
