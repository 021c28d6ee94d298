import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'
import { ownCapacity } from '../../access/ownCapacity'
import { option, t } from '../../fields/labels'
import { CLAIMS_COLLECTION } from '../../../src/store/places'

/**
 * One document per place taken: a therapist's case (key: the request) or a supervisor's group
 * (key: the group). Read-only through Payload for everyone: only src/store/places.ts inserts and deletes
 * them, and the unique indexes make a place or a key taken at most once.
 */
export const CapacityClaims: CollectionConfig = {
  slug: CLAIMS_COLLECTION,
  labels: { singular: t('Bezette plek', 'Taken place'), plural: t('Bezette plekken', 'Taken places') },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['kind', 'owner', 'slot', 'key', 'createdAt'],
    group: t('Netwerk', 'Network'),
    description: t(
      'Bijgehouden door matching en groepsvorming; de capaciteit staat op het profiel.',
      'Kept by matching and group formation; the capacity is on the profile.',
    ),
  },
  access: { read: ownCapacity, create: nobody, update: nobody, delete: nobody },
  indexes: [
    { fields: ['owner', 'slot'], unique: true },
    { fields: ['owner', 'key'], unique: true },
  ],
  fields: [
    {
      name: 'kind',
      label: t('Soort', 'Kind'),
      type: 'select',
      required: true,
      index: true,
      options: [option('cases', 'Casus', 'Case'), option('groups', 'Groep', 'Group')],
    },
    {
      name: 'owner',
      label: t('Profiel (behandelaar of supervisor)', 'Profile (therapist or supervisor)'),
      type: 'text',
      required: true,
      index: true,
    },
    { name: 'user', label: t('Account', 'Account'), type: 'relationship', relationTo: 'users', index: true },
    { name: 'slot', label: t('Plek', 'Place'), type: 'number', required: true, min: 0 },
    {
      name: 'key',
      label: t('Bezet door (aanvraag of groep)', 'Taken by (request or group)'),
      type: 'text',
      required: true,
    },
  ],
}
