import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { config } from '../../src/config'
import { anyone } from '../access/anyone'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { t } from '../fields/labels'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: t('Afbeelding', 'Image'), plural: t('Media', 'Media') },
  admin: { group: t('Kennis', 'Knowledge') },
  access: { read: anyone, create: isAdminOrEditor, update: isAdminOrEditor, delete: isAdminOrEditor },
  upload: {
    staticDir: path.resolve(process.cwd(), config.MEDIA_DIR),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'wide', width: 1600 },
    ],
  },
  fields: [{ name: 'alt', label: t('Alternatieve tekst', 'Alt text'), type: 'text', required: true }],
}
