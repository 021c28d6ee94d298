import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'
import { ownCapacity } from '../../access/ownCapacity'
import { t } from '../../fields/labels'
import { confirmAvailabilityEndpoint } from '../../endpoints/availability/confirmEndpoint'
import { availabilityOverviewEndpoint } from '../../endpoints/availability/overviewEndpoint'
import { AVAILABILITY_CONFIRMATIONS_COLLECTION } from '../../../src/store/availabilityConfirmations'

/**
 * When each therapist last confirmed capacity and availability, which ranking trusts for 30 days.
 * Read-only through Payload for everyone: only src/store/availabilityConfirmations.ts writes
 * them (atomic upsert), and the unique index keeps one per member.
 */
export const AvailabilityConfirmations: CollectionConfig = {
  slug: AVAILABILITY_CONFIRMATIONS_COLLECTION,
  labels: {
    singular: t('Bevestigde beschikbaarheid', 'Confirmed availability'),
    plural: t('Bevestigde beschikbaarheid', 'Confirmed availability'),
  },
  admin: {
    defaultColumns: ['member', 'confirmedAt'],
    group: t('Netwerk', 'Network'),
    description: t(
      'Wanneer een behandelaar voor het laatst capaciteit en beschikbaarheid bevestigde; na 30 dagen telt de behandelaar niet mee in de matching.',
      'When a therapist last confirmed capacity and availability; after 30 days matching leaves them out.',
    ),
  },
  // Staff see all, a therapist their own (by account), as with taken places.
  access: { read: ownCapacity, create: nobody, update: nobody, delete: nobody },
  endpoints: [confirmAvailabilityEndpoint, availabilityOverviewEndpoint],
  indexes: [{ fields: ['member'], unique: true }],
  fields: [
    { name: 'member', label: t('Behandelaar', 'Therapist'), type: 'text', required: true },
    { name: 'confirmedAt', label: t('Bevestigd op', 'Confirmed at'), type: 'date', required: true },
    // The mailed links already used (their moment of issue), so each confirms once.
    { name: 'usedLinks', type: 'number', hasMany: true, admin: { hidden: true }, access: { read: () => false } },
    { name: 'user', label: t('Account', 'Account'), type: 'relationship', relationTo: 'users', index: true },
  ],
}
