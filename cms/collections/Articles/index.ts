import { BlocksFeature, HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { config } from '../../../src/config'
import { articleLink } from '../../../src/knowledge/links'
import { validateDoi, validateReachable, validateUrl, validateYear } from '../../../src/knowledge/sources'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { SourceBlock } from '../../blocks/SourceBlock'
import { option, t } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { articleListEndpoint } from '../../../src/knowledge/listEndpoint'
import { articleDerivedFields } from './hooks/articleDerivedFields'
import { auditArticle } from './hooks/auditArticle'
import { scheduleArticleOnCreate, scheduleArticleOnUpdate } from './hooks/scheduleArticle'

export const ARTICLE_KINDS = [
  option('onderzoek', 'Onderzoek', 'Research'),
  option('praktijkkennis', 'Praktijkkennis', 'Practice knowledge'),
  option('nieuws', 'Nieuws', 'News'),
  option('interview', 'Interview', 'Interview'),
  option('handreiking', 'Handreiking', 'Guide'),
]

/** Headings h2–h4 (the page title is the h1), lists, links, images, quotes and the source block. */
const articleEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'heading'),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BlocksFeature({ blocks: [SourceBlock] }),
  ],
})

const previewUrl = (slug: unknown) =>
  typeof slug === 'string' && slug ? `${config.PUBLIC_URL}${articleLink(slug)}?voorbeeld=1` : null

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: t('Artikel', 'Article'), plural: t('Artikelen', 'Articles') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', '_status', 'publishedAt', 'scheduledPublishAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
    group: t('Kennis', 'Knowledge'),
    description: t(
      'Onderzoek, praktijkkennis, nieuws, interviews en handreikingen. Sla op als concept, bekijk het voorbeeld en publiceer direct of op een gekozen moment.',
      'Research, practice knowledge, news, interviews and guides. Save as draft, preview, and publish now or at a chosen time.',
    ),
    preview: (doc) => previewUrl(doc?.slug),
    livePreview: { url: ({ data }) => previewUrl(data?.slug) ?? `${config.PUBLIC_URL}/kennisbank` },
  },
  access: {
    read: publishedOrEditor,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
    readVersions: isAdminOrEditor,
  },
  // Drafts are validated: with autosave alone, Payload's admin stores an empty untitled draft the
  // moment an editor clicks "Nieuw aanmaken"; with validation it stores the first draft when the
  // editor saves it with a title, kind and summary, and autosaves from then on.
  versions: { drafts: { autosave: { interval: 2000 }, validate: true }, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  endpoints: [articleListEndpoint],
  hooks: {
    beforeChange: [articleDerivedFields, scheduleArticleOnUpdate],
    afterChange: [scheduleArticleOnCreate, auditArticle],
  },
  fields: [
    { name: 'title', label: t('Titel', 'Title'), type: 'text', required: true, maxLength: 160 },
    slugField('title'),
    { name: 'kind', label: t('Soort', 'Kind'), type: 'select', required: true, options: ARTICLE_KINDS, index: true },
    {
      name: 'summary',
      label: t('Samenvatting', 'Summary'),
      type: 'textarea',
      required: true,
      maxLength: 600,
      admin: {
        description: t(
          'Twee of drie zinnen; verschijnt in de lijst, bij delen en in de RSS-feed.',
          'Two or three sentences; shown in lists, when shared and in the RSS feed.',
        ),
      },
    },
    {
      name: 'coverImage',
      label: t('Omslagafbeelding', 'Cover image'),
      type: 'upload',
      relationTo: 'media',
      admin: {
        description: t(
          'De alternatieve tekst vul je in bij de afbeelding zelf en is verplicht.',
          'The alt text is set on the image itself and is required.',
        ),
      },
    },
    { name: 'content', label: t('Inhoud', 'Content'), type: 'richText', editor: articleEditor },
    {
      type: 'collapsible',
      label: t('Ordening', 'Classification'),
      fields: [
        {
          name: 'themes',
          label: t('Thema’s', 'Themes'),
          type: 'relationship',
          relationTo: 'expertise',
          hasMany: true,
          index: true,
          filterOptions: { kind: { equals: 'theme' } },
        },
        {
          name: 'targetGroups',
          label: t('Doelgroepen', 'Target groups'),
          type: 'relationship',
          relationTo: 'expertise',
          hasMany: true,
          index: true,
          filterOptions: { kind: { equals: 'target-group' } },
        },
        {
          name: 'methods',
          label: t('Methoden', 'Methods'),
          type: 'relationship',
          relationTo: 'expertise',
          hasMany: true,
          index: true,
          filterOptions: { kind: { in: ['method', 'family-approach'] } },
          admin: {
            description: t(
              'De mate van onderbouwing staat bij de methode zelf en wordt bij het artikel getoond.',
              'The evidence level is kept on the method and shown with the article.',
            ),
          },
        },
      ],
    },
    {
      name: 'authors',
      label: t('Auteurs', 'Authors'),
      labels: { singular: t('Auteur', 'Author'), plural: t('Auteurs', 'Authors') },
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: t('Naam', 'Name'), type: 'text', required: true },
            { name: 'role', label: t('Functie of organisatie', 'Role or organisation'), type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'sources',
      label: t('Bronnen', 'Sources'),
      labels: { singular: t('Bron', 'Source'), plural: t('Bronnen', 'Sources') },
      type: 'array',
      validate: (rows: unknown) => {
        for (const [i, row] of ((rows ?? []) as Array<Record<string, unknown>>).entries()) {
          const reachable = validateReachable(row as never)
          if (reachable !== true) return `Bron ${i + 1}: ${reachable}`
        }
        return true
      },
      fields: [
        { name: 'title', label: t('Titel', 'Title'), type: 'text', required: true },
        { name: 'authors', label: t('Auteurs', 'Authors'), type: 'text' },
        {
          type: 'row',
          fields: [
            {
              name: 'year',
              label: t('Jaar', 'Year'),
              type: 'number',
              required: true,
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
      ],
    },
    {
      name: 'membersOnly',
      label: t('Alleen voor leden', 'Members only'),
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        description: t(
          'Bijvoorbeeld praktijkcasussen: alleen zichtbaar voor goedgekeurde behandelaars, trainers en supervisors.',
          'E.g. practice cases: visible only to approved therapists, trainers and supervisors.',
        ),
      },
    },
    {
      name: 'publishedAt',
      label: t('Publicatiedatum', 'Publication date'),
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: t('Wordt ingevuld bij de eerste publicatie.', 'Filled in on first publication.'),
      },
    },
    {
      name: 'scheduledPublishAt',
      label: t('Publiceren op', 'Publish at'),
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 },
        description: t(
          'Sla op als concept; het artikel verschijnt op dit moment vanzelf.',
          'Save as draft; the article goes live at this moment.',
        ),
      },
    },
    {
      name: 'scheduledUnpublishAt',
      label: t('Offline halen op', 'Unpublish at'),
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 },
        description: t(
          'Het artikel gaat op dit moment terug naar concept.',
          'The article returns to draft at this moment.',
        ),
      },
    },
    {
      name: 'readingMinutes',
      label: t('Leestijd (minuten)', 'Reading time (minutes)'),
      type: 'number',
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'searchTokens', type: 'text', hasMany: true, index: true, admin: { hidden: true } },
  ],
}
