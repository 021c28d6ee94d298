import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { ownMemberRecords } from '../access/ownMemberRecords'
import { option, t } from '../fields/labels'
import { GROUP_KINDS } from './Groups'

export const GroupSignups: CollectionConfig = {
  slug: 'group-signups',
  labels: { singular: t('Groepsaanmelding', 'Group sign-up'), plural: t('Groepsaanmeldingen', 'Group sign-ups') },
  admin: { defaultColumns: ['member', 'kind', 'region', 'theme', 'status'], group: t('Supervisie en intervisie', 'Supervision and intervision') },
  access: { read: ownMemberRecords, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'member', label: t('Behandelaar', 'Therapist'), type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'kind', label: t('Soort', 'Kind'), type: 'select', required: true, options: GROUP_KINDS },
    { name: 'region', label: t('Regio', 'Region'), type: 'relationship', relationTo: 'regions', required: true },
    { name: 'theme', label: t('Thema', 'Theme'), type: 'text', required: true },
    {
      name: 'availability',
      label: t('Beschikbaar', 'Available'),
      type: 'select',
      hasMany: true,
      options: ['ma', 'di', 'wo', 'do', 'vr'].flatMap((day) => [
        option(`${day}-ochtend`, `${day} ochtend`, `${day} morning`),
        option(`${day}-middag`, `${day} middag`, `${day} afternoon`),
      ]),
    },
    { name: 'onlineAllowed', label: t('Online mag ook', 'Online is fine'), type: 'checkbox', defaultValue: true },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'waiting',
      options: [option('waiting', 'Wacht op groep', 'Waiting'), option('proposed', 'Voorgesteld', 'Proposed'), option('placed', 'Geplaatst', 'Placed'), option('withdrawn', 'Teruggetrokken', 'Withdrawn')],
    },
    { name: 'group', label: t('Groep', 'Group'), type: 'relationship', relationTo: 'groups' },
  ],
}
