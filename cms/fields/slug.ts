import type { Field } from 'payload'
import { slugify } from '../../src/domain/slugify'
import { t } from './labels'

/** A unique, URL-safe slug, filled from another field when left empty. */
export function slugField(from: string): Field {
  return {
    name: 'slug',
    label: t('Slug (in de URL)', 'Slug (in the URL)'),
    type: 'text',
    unique: true,
    index: true,
    admin: { position: 'sidebar' },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = data?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
  }
}
