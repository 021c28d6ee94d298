import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { t } from '../fields/labels'
import { LEASES_COLLECTION } from '../../src/mail/mailLease'

/**
 * One document per attempt to send a mail-log key: `{ key, attempt, until }`, unique on
 * (key, attempt). Only src/mail/mailLease.ts inserts and deletes them; the unique index is
 * what lets one attempt at a time hold the send (FerretDB applies no conditional update of
 * one document atomically, an insert refused by a unique index it does).
 */
export const MailLeases: CollectionConfig = {
  slug: LEASES_COLLECTION,
  labels: { singular: t('Verzendpoging', 'Send attempt'), plural: t('Verzendpogingen', 'Send attempts') },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'attempt', 'until'],
    group: t('Beheer', 'Administration'),
    hidden: true,
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['key', 'attempt'], unique: true }],
  fields: [
    { name: 'key', label: t('Sleutel', 'Key'), type: 'text', required: true, index: true },
    { name: 'attempt', label: t('Poging', 'Attempt'), type: 'number', required: true, min: 1 },
    { name: 'until', label: t('Geldig tot', 'Held until'), type: 'date', required: true },
  ],
}
