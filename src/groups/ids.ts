/** The id of a relationship value, whether populated (object) or not (id). */
export const relId = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : value ? String(value) : null

export const relIds = (values: unknown): string[] => (Array.isArray(values) ? values.map(relId).filter((id): id is string => id !== null) : [])
