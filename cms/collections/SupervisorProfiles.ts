import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { ownSupervisorProfile } from '../access/ownSupervisorProfile'
import { t } from '../fields/labels'
import { auditChange } from '../hooks/auditChange'

/**
 * Where a supervisor works and how many groups they can lead: the group workflow
 * offers new supervision groups to supervisors in or near the region with a free seat.
 * The groups they lead are counted in `capacity` (src/store/places.ts), not here.
 */
export const SupervisorProfiles: CollectionConfig = {
  slug: 'supervisor-profiles',
  labels: {
    singular: t('Supervisorprofiel', 'Supervisor profile'),
    plural: t('Supervisorprofielen', 'Supervisor profiles'),
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'regions', 'maxGroups', 'active'],
    group: t('Supervisie en intervisie', 'Supervision and intervision'),
  },
  access: { read: ownSupervisorProfile, create: isAdmin, update: ownSupervisorProfile, delete: isAdmin },
  hooks: { afterChange: [auditChange('supervisor-profiles')] },
  fields: [
    { name: 'displayName', label: t('Naam', 'Name'), type: 'text', required: true },
    {
      name: 'user',
      label: t('Account', 'Account'),
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      access: { update: isAdminField },
    },
    {
      name: 'regions',
      label: t('Regio’s', 'Regions'),
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      required: true,
    },
    {
      name: 'maxGroups',
      label: t('Maximaal aantal groepen tegelijk', 'Maximum groups at a time'),
      type: 'number',
      min: 0,
      max: 20,
      defaultValue: 2,
      required: true,
    },
    { name: 'active', label: t('Neemt nieuwe groepen aan', 'Takes new groups'), type: 'checkbox', defaultValue: true },
  ],
}
