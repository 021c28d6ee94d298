import type { Access, CollectionConfig } from 'payload'
import { hasRole } from '../access/roles'
import { nobody } from '../access/nobody'
import { DELETION_REQUESTS } from '../endpoints/deletion/deletionRequests'
import { deletionRequestEndpoints } from '../endpoints/deletion/endpoints'
import { option, t } from '../fields/labels'
import { auditChange } from '../hooks/auditChange'

/** Staff read all; a therapist reads their own. */
const ownOrStaff: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { user: { equals: user.id } }
}

/**
 * A therapist's request to remove their data (AVG art. 17). Made and decided only through the
 * endpoints (cms/endpoints/deletion): they check who asks, keep one open request per member and
 * carry out the erasure (src/store/memberErasure.ts).
 */
export const DeletionRequests: CollectionConfig = {
  slug: DELETION_REQUESTS,
  labels: { singular: t('Verwijderverzoek', 'Deletion request'), plural: t('Verwijderverzoeken', 'Deletion requests') },
  admin: {
    useAsTitle: 'status',
    defaultColumns: ['member', 'status', 'createdAt', 'decidedAt'],
    group: t('Beheer', 'Administration'),
    description: t(
      'Beslis in het portaal onder Beheer → Verwijderverzoeken.',
      'Decide in the portal under Beheer → Verwijderverzoeken.',
    ),
  },
  access: { read: ownOrStaff, create: nobody, update: nobody, delete: nobody },
  endpoints: deletionRequestEndpoints,
  hooks: { afterChange: [auditChange(DELETION_REQUESTS)] },
  fields: [
    {
      name: 'member',
      label: t('Behandelaar', 'Therapist'),
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
    },
    { name: 'user', label: t('Account', 'Account'), type: 'relationship', relationTo: 'users', index: true },
    { name: 'reason', label: t('Toelichting', 'Note'), type: 'textarea', maxLength: 1000 },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        option('pending', 'Wacht op besluit', 'Awaiting decision'),
        option('approved', 'Uitgevoerd', 'Carried out'),
        option('rejected', 'Afgewezen', 'Refused'),
      ],
    },
    { name: 'decidedBy', label: t('Besloten door', 'Decided by'), type: 'relationship', relationTo: 'users' },
    { name: 'decidedAt', label: t('Besloten op', 'Decided at'), type: 'date' },
    { name: 'decisionNote', label: t('Toelichting bij het besluit', 'Note with the decision'), type: 'textarea' },
    { name: 'completedAt', label: t('Verwijdering voltooid op', 'Erasure completed at'), type: 'date' },
    // The member's id while the request is open, unique: one open request per member.
    { name: 'openKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
  ],
}
