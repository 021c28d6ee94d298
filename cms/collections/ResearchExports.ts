import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { researchExportEndpoint } from '../endpoints/research/exportEndpoint'
import { option, t } from '../fields/labels'
import { FIGURES } from '../../src/domain/researchFigures'

/**
 * Who exported which research figures when (issue 15 §3). Append-only: only the export
 * endpoint writes an entry (overrideAccess), before it answers; nobody changes or deletes one
 * through Payload, staff included. Staff read it.
 */
export const ResearchExports: CollectionConfig = {
  slug: 'research-exports',
  labels: { singular: t('Onderzoeksexport', 'Research export'), plural: t('Onderzoeksexports', 'Research exports') },
  admin: { defaultColumns: ['createdAt', 'user', 'format', 'from', 'to'], group: t('Beheer', 'Administration') },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  endpoints: [researchExportEndpoint],
  fields: [
    { name: 'user', label: t('Door', 'By'), type: 'relationship', relationTo: 'users', required: true, index: true },
    {
      name: 'format',
      label: t('Formaat', 'Format'),
      type: 'select',
      required: true,
      options: [option('csv', 'CSV', 'CSV'), option('json', 'JSON', 'JSON')],
    },
    { name: 'from', label: t('Vanaf kwartaal', 'From quarter'), type: 'text', required: true },
    { name: 'to', label: t('Tot en met kwartaal', 'To quarter'), type: 'text', required: true },
    {
      name: 'figures',
      label: t('Cijfers', 'Figures'),
      type: 'select',
      hasMany: true,
      required: true,
      options: FIGURES.map((figure) => ({ value: figure, label: figure })),
    },
  ],
}
