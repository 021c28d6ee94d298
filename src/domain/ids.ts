/**
 * The id of a relationship value as a string: from an id, a MongoDB ObjectId (whose own `id` is
 * raw bytes, so it is read with toHexString) or a populated document. "Nothing" (null, undefined,
 * '') is null, never the string "null": a query for `{ member: 'null' }` would silently find nothing.
 */
export function idOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    if ('toHexString' in value && typeof value.toHexString === 'function') return String(value.toHexString())
    if ('id' in value) return idOf(value.id)
    return null
  }
  return String(value)
}

/** The id of a relationship that must be set; a missing one is a broken document, said with its name. */
export function requiredIdOf(value: unknown, what: string): string {
  const id = idOf(value)
  if (id === null) throw new Error(`${what} has no id`)
  return id
}

/** The ids of a has-many relationship, in order; empty entries are left out. */
export const idsOf = (values: unknown): string[] =>
  Array.isArray(values) ? values.map(idOf).filter((id): id is string => id !== null) : []
