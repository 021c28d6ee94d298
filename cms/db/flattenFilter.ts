/**
 * Rewrites a MongoDB filter into the same filter in the shape FerretDB hands to its storage.
 * FerretDB 1.x pushes only top-level equalities down to SQL (on SQLite only a lone `{_id: value}`);
 * anything else it filters itself after reading the whole collection. Payload wraps every
 * query in `$and` and writes equality as `{$eq: v}`, so even a findByID read every document:
 * `{$and: [{_id: {$eq: id}}, {status: {$eq: 'active'}}]}` → `{_id: id, status: 'active'}`.
 */
type Filter = Record<string, unknown>

/** Whether the schema stores `path` as ObjectId(s): mongoose casts a hex string there to an ObjectId. */
export type IsObjectIdPath = (path: string) => boolean

const isPlainObject = (value: unknown): value is Filter =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype

const isObjectId = (value: unknown): value is { toHexString(): string } =>
  typeof value === 'object' && value !== null && (value as { _bsontype?: string })._bsontype === 'ObjectId'

/** Scalars, dates and ObjectIds compare the same bare as under `$eq`; objects and arrays do not. */
const isBareComparable = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date || isObjectId(value)

const isOperatorObject = (value: unknown): value is Filter => isPlainObject(value) && Object.keys(value).length === 1

/** `{$eq: v}` and a one-element `{$in: [v]}` both mean plain `v`. */
function simplify(value: unknown): unknown {
  if (!isOperatorObject(value)) return value
  if ('$eq' in value && value.$eq !== null && isBareComparable(value.$eq)) return value.$eq
  if (
    '$in' in value &&
    Array.isArray(value.$in) &&
    value.$in.length === 1 &&
    value.$in[0] !== null &&
    isBareComparable(value.$in[0])
  )
    return value.$in[0]
  return value
}

/**
 * Payload writes equality on a relationship as `$or: [{p: 'hex'}, {p: ObjectId('hex')}]`, which
 * FerretDB cannot push down. On an ObjectId path mongoose casts the string branch to the same
 * ObjectId, so the ObjectId branch alone is the same filter.
 */
function singleIdCondition(branches: Filter[], isObjectIdPath: IsObjectIdPath): Filter | null {
  if (branches.length !== 2) return null
  const entries = branches.map((branch) => Object.entries(branch))
  if (entries.some((branch) => branch.length !== 1)) return null
  const [[path, first], [otherPath, second]] = entries.map((branch) => branch[0]!)
  if (path !== otherPath || !isObjectIdPath(path)) return null
  const [text, id] = typeof first === 'string' ? [first, second] : [second, first]
  if (typeof text !== 'string' || !isObjectId(id) || id.toHexString() !== text.toLowerCase()) return null
  return { [path]: id }
}

export function flattenFilter(filter: Filter, isObjectIdPath: IsObjectIdPath = () => false): Filter {
  const flat: Filter = {}
  const rest: unknown[] = []
  const add = (key: string, value: unknown) => {
    if (key === '$and' && Array.isArray(value)) rest.push(...value)
    else if (key in flat) rest.push({ [key]: value })
    else flat[key] = value
  }
  const addAll = (part: Filter) => {
    for (const [key, value] of Object.entries(part)) add(key, value)
  }
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) {
        if (isPlainObject(part)) addAll(flattenFilter(part, isObjectIdPath))
        else rest.push(part)
      }
    } else if ((key === '$or' || key === '$nor') && Array.isArray(value)) {
      const branches = value.map((part) => (isPlainObject(part) ? flattenFilter(part, isObjectIdPath) : part))
      const single =
        key === '$or' && branches.every(isPlainObject) ? singleIdCondition(branches as Filter[], isObjectIdPath) : null
      if (single) addAll(single)
      else add(key, branches)
    } else {
      add(key, key.startsWith('$') ? value : simplify(value))
    }
  }
  if (rest.length) flat.$and = rest
  return flat
}
