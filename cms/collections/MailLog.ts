import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { option, t } from '../fields/labels'

/**
 * One row per mail the workflows send, keyed by an idempotency key
 * ("member-approval:<id>:welcome"): the unique index makes a retried activity
 * find its earlier send instead of mailing twice. Which attempt may send is decided by a
 * lease in `mail-leases` (src/mail/sendMailOnce.ts), not by this row.
 */
export const MailLog: CollectionConfig = {
  slug: 'mail-log',
  labels: { singular: t('Verzonden mail', 'Sent mail'), plural: t('Maillog', 'Mail log') },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'to', 'subject', 'status'],
    group: t('Beheer', 'Administration'),
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', label: t('Sleutel', 'Key'), type: 'text', required: true, unique: true, index: true },
    { name: 'to', label: t('Aan', 'To'), type: 'text', required: true },
    { name: 'subject', label: t('Onderwerp', 'Subject'), type: 'text', required: true },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: [
        option('pending', 'Nog niet verstuurd', 'Not sent yet'),
        option('sending', 'Wordt verstuurd', 'Sending'),
        option('sent', 'Verstuurd', 'Sent'),
      ],
    },
    // The attempt that holds the send (src/mail/mailLease.ts); above 1 the mail may have gone out twice, with one Message-ID.
    { name: 'attempts', label: t('Pogingen', 'Attempts'), type: 'number', min: 0 },
    { name: 'sentAt', label: t('Verstuurd op', 'Sent at'), type: 'date' },
  ],
}
