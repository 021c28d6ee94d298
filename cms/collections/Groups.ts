import type { CollectionConfig, Where } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { hasRole } from '../access/roles'
import { memberIdOfUser } from '../access/memberOfUser'
import { option, t } from '../fields/labels'

export const GROUP_KINDS = [option('supervision', 'Supervisie', 'Supervision'), option('intervision', 'Intervisie', 'Intervision')]

export const Groups: CollectionConfig = {
  slug: 'groups',
  labels: { singular: t('Groep', 'Group'), plural: t('Groepen', 'Groups') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'region', 'status'], group: t('Supervisie en intervisie', 'Supervision and intervision') },
  access: {
    // Staff see all groups; a supervisor or participant sees only their own.
    read: async ({ req }) => {
      if (!req.user) return false
      if (hasRole(req.user, 'admin')) return true
      const memberId = await memberIdOfUser(req)
      const own: Where[] = [{ supervisor: { equals: req.user.id } }, ...(memberId ? [{ members: { in: [memberId] } }] : [])]
      return { or: own }
    },
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', label: t('Naam', 'Name'), type: 'text', required: true },
    { name: 'kind', label: t('Soort', 'Kind'), type: 'select', required: true, options: GROUP_KINDS },
    { name: 'region', label: t('Regio', 'Region'), type: 'relationship', relationTo: 'regions', required: true },
    { name: 'theme', label: t('Thema', 'Theme'), type: 'text', required: true },
    { name: 'supervisor', label: t('Supervisor', 'Supervisor'), type: 'relationship', relationTo: 'users' },
    { name: 'members', label: t('Deelnemers', 'Participants'), type: 'relationship', relationTo: 'members', hasMany: true },
    {
      name: 'status',
      label: t('Status', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'proposed',
      options: [option('proposed', 'Voorgesteld', 'Proposed'), option('confirmed', 'Bevestigd', 'Confirmed'), option('running', 'Loopt', 'Running'), option('finished', 'Afgerond', 'Finished')],
    },
    {
      name: 'sessions',
      label: t('Bijeenkomsten', 'Sessions'),
      type: 'array',
      fields: [
        { name: 'startsAt', label: t('Begint om', 'Starts at'), type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'durationMinutes', label: t('Duur (minuten)', 'Duration (minutes)'), type: 'number', required: true },
      ],
    },
  ],
}
