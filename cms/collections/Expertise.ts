import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { t } from '../fields/labels'
import { slugField } from '../fields/slug'
import { EVIDENCE_LEVELS, EXPERTISE_KINDS, selectOptions } from '../../src/domain/options'

/** The taxonomy: treatment methods, family approaches, themes and target groups. */
export const Expertise: CollectionConfig = {
  slug: 'expertise',
  labels: { singular: t('Expertise', 'Expertise'), plural: t('Expertise', 'Expertise') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'ageRange', 'evidenceLevel'],
    group: t('Netwerk', 'Network'),
  },
  access: { read: anyone, create: isAdminOrEditor, update: isAdminOrEditor, delete: isAdminOrEditor },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: t('Naam', 'Name'), type: 'text', required: true },
    slugField('name'),
    {
      name: 'kind',
      label: t('Soort', 'Kind'),
      type: 'select',
      required: true,
      index: true,
      options: selectOptions(EXPERTISE_KINDS),
    },
    {
      name: 'audience',
      label: t('Voor wie', 'Audience'),
      type: 'select',
      options: [
        { value: 'children', label: t('Kinderen', 'Children') },
        { value: 'family', label: t('Gezin', 'Family') },
        { value: 'adults', label: t('Volwassenen', 'Adults') },
      ],
    },
    { name: 'ageRange', label: t('Leeftijd', 'Age range'), type: 'text' },
    {
      name: 'evidenceLevel',
      label: t('Mate van onderbouwing', 'Evidence level'),
      type: 'select',
      options: selectOptions(EVIDENCE_LEVELS),
    },
    { name: 'description', label: t('Omschrijving', 'Description'), type: 'textarea' },
  ],
}
