/**
 * Rewrites a MongoDB filter into the same filter in the shape FerretDB hands to its storage.
 * FerretDB 1.x pushes only top-level equalities down to SQL (on SQLite only a lone `{_id: value}`);
 * anything else it filters itself after reading the whole collection. Payload wraps every
 * query in `$and` and writes equality as `{$eq: v}`, so even a findByID read every document:
 * `{$and: [{_id: {$eq: id}}, {status: {$eq: 'active'}}]}` → `{_id: id, status: 'active'}`.
 */
type Filter = Record<string, unknown>

const isPlainObject = (value: unknown): value is Filter =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

/** Scalars, dates and ObjectIds compare the same bare as under `$eq`; objects and arrays do not. */
const isBareComparable = (value: unknown) =>
  value === null ||
  ['string', 'number', 'boolean'].includes(typeof value) ||
  value instanceof Date ||
  (typeof value === 'object' && (value as { _bsontype?: string })._bsontype === 'ObjectId')

function simplify(value: unknown): unknown {
  if (isPlainObject(value) && Object.keys(value).length === 1 && '$eq' in value && value.$eq !== null && isBareComparable(value.$eq)) return value.$eq
  return value
}

export function flattenFilter(filter: Filter): Filter {
  const flat: Filter = {}
  const rest: unknown[] = []
  const add = (key: string, value: unknown) => {
    if (key === '$and' && Array.isArray(value)) rest.push(...value)
    else if (key in flat) rest.push({ [key]: value })
    else flat[key] = value
  }
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) {
        if (isPlainObject(part)) for (const [innerKey, innerValue] of Object.entries(flattenFilter(part))) add(innerKey, innerValue)
        else rest.push(part)
      }
    } else if ((key === '$or' || key === '$nor') && Array.isArray(value)) {
      add(key, value.map((part) => (isPlainObject(part) ? flattenFilter(part) : part)))
    } else {
      add(key, key.startsWith('$') ? value : simplify(value))
    }
  }
  if (rest.length) flat.$and = rest
  return flat
}
