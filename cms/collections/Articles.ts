import type { CollectionConfig } from 'payload'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { publishedOrEditor } from '../access/publishedOrEditor'
import { option, t } from '../fields/labels'
import { slugField } from '../fields/slug'

export const ARTICLE_KINDS = [
  option('onderzoek', 'Onderzoek', 'Research'),
  option('praktijkkennis', 'Praktijkkennis', 'Practice knowledge'),
  option('nieuws', 'Nieuws', 'News'),
  option('interview', 'Interview', 'Interview'),
  option('handreiking', 'Handreiking', 'Guide'),
]

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: t('Artikel', 'Article'), plural: t('Artikelen', 'Articles') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', '_status', 'publishedAt'], group: t('Kennis', 'Knowledge') },
  access: { read: publishedOrEditor, create: isAdminOrEditor, update: isAdminOrEditor, delete: isAdminOrEditor },
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', label: t('Titel', 'Title'), type: 'text', required: true },
    slugField('title'),
    { name: 'kind', label: t('Soort', 'Kind'), type: 'select', required: true, options: ARTICLE_KINDS, index: true },
    { name: 'summary', label: t('Samenvatting', 'Summary'), type: 'textarea', required: true, maxLength: 600 },
    { name: 'content', label: t('Inhoud', 'Content'), type: 'richText' },
    { name: 'themes', label: t('Thema’s', 'Themes'), type: 'relationship', relationTo: 'expertise', hasMany: true, filterOptions: { kind: { equals: 'theme' } } },
    { name: 'targetGroups', label: t('Doelgroepen', 'Target groups'), type: 'relationship', relationTo: 'expertise', hasMany: true, filterOptions: { kind: { equals: 'target-group' } } },
    { name: 'methods', label: t('Methoden', 'Methods'), type: 'relationship', relationTo: 'expertise', hasMany: true, filterOptions: { kind: { in: ['method', 'family-approach'] } } },
    { name: 'membersOnly', label: t('Alleen voor leden', 'Members only'), type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'publishedAt', label: t('Publicatiedatum', 'Publication date'), type: 'date', index: true, admin: { position: 'sidebar' } },
  ],
}
