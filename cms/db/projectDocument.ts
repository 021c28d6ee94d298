type Doc = Record<string, unknown>

/**
 * A find projection applied to one returned document, at the top level (a nested path keeps its
 * whole top-level field): for FerretDB 1.x, which refuses a projection on findAndModify.
 */
export function projectDocument(doc: Doc, projection: Doc): Doc {
  const entries = Object.entries(projection)
  const including = entries.some(([key, value]) => key !== '_id' && Boolean(value))
  if (including) {
    const keep = new Set(entries.filter(([, value]) => value).map(([key]) => key.split('.')[0]!))
    if (projection._id !== 0 && projection._id !== false) keep.add('_id')
    return Object.fromEntries(Object.entries(doc).filter(([key]) => keep.has(key)))
  }
  const drop = new Set(entries.filter(([key, value]) => !value && !key.includes('.')).map(([key]) => key))
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !drop.has(key)))
}
