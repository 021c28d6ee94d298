import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { t } from '../fields/labels'

/** The 35 GHNT regions around the centrumgemeenten vrouwenopvang (shared/data/regions.json). */
export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: t('Regio', 'Region'), plural: t('Regio’s', 'Regions') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'centrumgemeente', 'founding', 'targetTherapists'],
    group: t('Netwerk', 'Network'),
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: t('Naam', 'Name'), type: 'text', required: true },
    {
      name: 'slug',
      label: t('Slug', 'Slug'),
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'centrumgemeente', label: t('Centrumgemeente', 'Central municipality'), type: 'text', required: true },
    { name: 'founding', label: t('Oprichtende regio', 'Founding region'), type: 'checkbox', defaultValue: false },
    {
      name: 'neighbours',
      label: t('Buurregio’s', 'Neighbouring regions'),
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
    },
    {
      name: 'targetTherapists',
      label: t('Doel aantal behandelaars', 'Target number of therapists'),
      type: 'number',
      min: 0,
      defaultValue: 9,
      admin: {
        description: t('Samen minstens 300 behandelaars landelijk.', 'Together at least 300 therapists nationwide.'),
      },
    },
  ],
}
