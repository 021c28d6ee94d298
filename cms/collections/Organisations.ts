import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isAuthenticated } from '../access/isAuthenticated'
import { t } from '../fields/labels'
import { slugField } from '../fields/slug'
import { ORGANISATION_TYPES, selectOptions } from '../../src/domain/options'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: t('Organisatie', 'Organisation'), plural: t('Organisaties', 'Organisations') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'type', 'regions'], group: t('Netwerk', 'Network') },
  access: { read: isAuthenticated, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', label: t('Naam', 'Name'), type: 'text', required: true },
    slugField('name'),
    {
      name: 'type',
      label: t('Soort organisatie', 'Organisation type'),
      type: 'select',
      required: true,
      options: selectOptions(ORGANISATION_TYPES),
    },
    {
      name: 'regions',
      label: t('Regio’s', 'Regions'),
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      required: true,
    },
    { name: 'contactEmail', label: t('Algemeen e-mailadres', 'General e-mail address'), type: 'email' },
  ],
}
