import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { ownMemberRecords } from '../access/ownMemberRecords'
import { option, t } from '../fields/labels'
import { auditChange } from '../hooks/auditChange'
import { groupSignupEndpoints } from '../endpoints/groups/signupEndpoints'
import { GROUP_KINDS, SLOT_OPTIONS } from './Groups'

export const SIGNUP_STATUSES = [
  option('waiting', 'Wacht op groep', 'Waiting'),
  option('proposed', 'Voorgesteld', 'Proposed'),
  option('confirmed', 'Bevestigd', 'Confirmed'),
  option('placed', 'Geplaatst', 'Placed'),
  option('withdrawn', 'Teruggetrokken', 'Withdrawn'),
  option('dropped-out', 'Gestopt', 'Dropped out'),
]

/** A therapist's wish to join a supervision or intervision group: their place in a pool. */
export const GroupSignups: CollectionConfig = {
  slug: 'group-signups',
  labels: { singular: t('Groepsaanmelding', 'Group sign-up'), plural: t('Groepsaanmeldingen', 'Group sign-ups') },
  admin: {
    defaultColumns: ['member', 'kind', 'region', 'theme', 'status', 'signedUpAt'],
    group: t('Supervisie en intervisie', 'Supervision and intervision'),
  },
  // Signed up, placed and withdrawn through the endpoints and the pool workflow only.
  access: { read: ownMemberRecords, create: nobody, update: nobody, delete: isAdmin },
  endpoints: groupSignupEndpoints,
  hooks: { afterChange: [auditChange('group-signups')] },
  fields: [
    {
      name: 'member',
      label: t('Behandelaar', 'Therapist'),
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', label: t('Soort', 'Kind'), type: 'select', required: true, options: GROUP_KINDS },
        { name: 'region', label: t('Regio', 'Region'), type: 'relationship', relationTo: 'regions', required: true },
        { name: 'theme', label: t('Thema', 'Theme'), type: 'text', required: true },
      ],
    },
    {
      name: 'availability',
      label: t('Beschikbaar', 'Available'),
      type: 'select',
      hasMany: true,
      options: SLOT_OPTIONS,
    },
    { name: 'onlineAllowed', label: t('Online mag ook', 'Online is fine'), type: 'checkbox', defaultValue: true },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'waiting',
      index: true,
      options: SIGNUP_STATUSES,
    },
    { name: 'group', label: t('Groep', 'Group'), type: 'relationship', relationTo: 'groups' },
    { name: 'signedUpAt', label: t('Aangemeld op', 'Signed up at'), type: 'date', admin: { position: 'sidebar' } },
    {
      name: 'formationWorkflowId',
      label: t('Pool (workflow)', 'Pool (workflow)'),
      type: 'text',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'activeKey',
      label: t('Unieke actieve aanmelding', 'Unique active sign-up'),
      type: 'text',
      unique: true,
      admin: { hidden: true },
      // member + pool while the sign-up is active: a therapist is never twice in one pool.
    },
  ],
}
