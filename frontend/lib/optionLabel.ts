import type { CollectionConfig, Field } from 'payload'
import type { Language } from '../i18n/settings'

type Option = string | { value: string; label: unknown }

function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if ('fields' in field && field.type !== 'group' && field.type !== 'array') {
      const inner = findField(field.fields, name)
      if (inner) return inner
    }
  }
  return undefined
}

/**
 * The label of a select value as the collection defines it (`t('nl','en')`), so
 * the portal and the admin always name a status the same way.
 */
export function optionLabel(
  collection: CollectionConfig,
  fieldName: string,
  value: string | null | undefined,
  language: Language,
): string {
  if (!value) return ''
  const field = findField(collection.fields, fieldName)
  const options = (field && 'options' in field ? field.options : []) as Option[]
  const match = options.find((option) => (typeof option === 'string' ? option : option.value) === value)
  if (!match || typeof match === 'string') return value
  const label = match.label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return (label as Record<string, string>)[language] ?? value
  return value
}

/** Every value of a select with its label, for a client component that shows whichever comes. */
export function optionLabels(collection: CollectionConfig, fieldName: string, language: Language) {
  const field = findField(collection.fields, fieldName)
  const options = (field && 'options' in field ? field.options : []) as Option[]
  const values = options.map((option) => (typeof option === 'string' ? option : option.value))
  return Object.fromEntries(values.map((value) => [value, optionLabel(collection, fieldName, value, language)]))
}
