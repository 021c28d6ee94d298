import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'
import { ownCapacity } from '../../access/ownCapacity'
import { t } from '../../fields/labels'
import { CERTIFIED_METHODS_COLLECTION } from '../../../src/store/certifiedMethods'

/**
 * One document per method a therapist is certified for, which matching scores. Read-only through
 * Payload for everyone: only src/store/certifiedMethods.ts inserts and deletes them (the
 * certification workflow and the seed), and the unique index keeps each pair once.
 */
export const MethodCertifications: CollectionConfig = {
  slug: CERTIFIED_METHODS_COLLECTION,
  labels: {
    singular: t('Gecertificeerde methode', 'Certified method'),
    plural: t('Gecertificeerd voor', 'Certified for'),
  },
  admin: {
    defaultColumns: ['member', 'method', 'createdAt'],
    group: t('Netwerk', 'Network'),
    description: t(
      'Bijgehouden door de certificering: een geldig certificaat zet de methode erop, een verlopen haalt haar eraf.',
      'Kept by certification: a valid certificate adds the method, an expired one removes it.',
    ),
  },
  // Staff see all, a therapist their own (by account), as with taken places.
  access: { read: ownCapacity, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['member', 'method'], unique: true }],
  fields: [
    { name: 'member', label: t('Behandelaar', 'Therapist'), type: 'text', required: true, index: true },
    { name: 'method', label: t('Methode', 'Method'), type: 'text', required: true },
    { name: 'user', label: t('Account', 'Account'), type: 'relationship', relationTo: 'users', index: true },
  ],
}
