import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { config } from '../../src/config'
import { IMAGE_MIME_TYPES, validateAlt } from '../../src/knowledge/media'
import { anyone } from '../access/anyone'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { t } from '../fields/labels'
import { checkUpload } from '../hooks/checkUpload'

/**
 * Images for articles. Uploads are checked for type and size before anything is
 * stored; the original is capped at 2400 px and three WebP sizes are made for the
 * portal (cards, article column, full width).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: t('Afbeelding', 'Image'), plural: t('Media', 'Media') },
  admin: { group: t('Kennis', 'Knowledge'), defaultColumns: ['filename', 'alt', 'filesize', 'updatedAt'] },
  access: { read: anyone, create: isAdminOrEditor, update: isAdminOrEditor, delete: isAdminOrEditor },
  hooks: { beforeOperation: [checkUpload] },
  upload: {
    staticDir: path.resolve(process.cwd(), config.MEDIA_DIR),
    mimeTypes: [...IMAGE_MIME_TYPES],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 78 } } },
      {
        name: 'wide',
        width: 1600,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: t('Alternatieve tekst', 'Alt text'),
      type: 'text',
      required: true,
      maxLength: 250,
      validate: (value: string | null | undefined) => validateAlt(value),
      admin: {
        description: t(
          'Wat staat er op de afbeelding? Voor lezers die de afbeelding niet zien.',
          'What does the image show? For readers who cannot see it.',
        ),
      },
    },
    { name: 'credit', label: t('Fotograaf of bron', 'Credit'), type: 'text' },
  ],
}
