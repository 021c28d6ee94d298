import type { Block } from 'payload'
import { validateDoi, validateUrl, validateYear } from '../../src/knowledge/sources'
import { t } from '../fields/labels'

/**
 * A source cited inside the text ("Uit het onderzoek"): shown as a citation card in
 * the portal, with its DOI or web address as a link. The same rules as the
 * article's source list apply.
 */
export const SourceBlock: Block = {
  slug: 'source',
  interfaceName: 'SourceBlock',
  labels: { singular: t('Bron', 'Source'), plural: t('Bronnen', 'Sources') },
  fields: [
    { name: 'citation', label: t('Titel van de bron', 'Title of the source'), type: 'text', required: true },
    { name: 'authors', label: t('Auteurs', 'Authors'), type: 'text' },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          label: t('Jaar', 'Year'),
          type: 'number',
          validate: (value: number | null | undefined) => validateYear(value),
        },
        {
          name: 'doi',
          label: t('DOI', 'DOI'),
          type: 'text',
          validate: (value: string | null | undefined) => validateDoi(value),
        },
        {
          name: 'url',
          label: t('Webadres', 'Web address'),
          type: 'text',
          validate: (value: string | null | undefined) => validateUrl(value),
        },
      ],
    },
    { name: 'quote', label: t('Kernbevinding of citaat', 'Key finding or quote'), type: 'textarea' },
  ],
}
