import mongoose, { type Query, type Schema } from 'mongoose'
import { flattenFilter, type IsObjectIdPath } from './flattenFilter'
import { projectDocument } from './projectDocument'

const FILTERED_OPERATIONS = [
  'countDocuments',
  'deleteMany',
  'deleteOne',
  'find',
  'findOne',
  'findOneAndDelete',
  'findOneAndUpdate',
  'updateMany',
  'updateOne',
]

/** Relationship fields are ObjectId paths, alone (`hasMany: false`) or in arrays. */
function objectIdPathsOf(schema: Schema): IsObjectIdPath {
  return (path) => {
    const type = schema.path(path) as { instance?: string; caster?: { instance?: string } } | undefined
    return type?.instance === 'ObjectId' || (type?.instance === 'Array' && type.caster?.instance === 'ObjectId')
  }
}

function flattenQueries(schema: Schema) {
  const isObjectIdPath = objectIdPathsOf(schema)
  schema.pre(FILTERED_OPERATIONS as ['find'], function flattenQuery(this: Query<unknown, unknown>) {
    this.setQuery(flattenFilter(this.getFilter(), isObjectIdPath))
  })
  // FerretDB answers findAndModify with a projection ("fields") NotImplemented; Payload sends one
  // on every updateOne (a failed login's attempt counter among them). Fetch whole, project here.
  schema.pre('findOneAndUpdate', function projectAfterwards(this: Query<unknown, unknown>) {
    const projection = this.projection() as Record<string, unknown> | undefined
    if (!projection || Object.keys(projection).length === 0 || this.getOptions().includeResultMetadata) return
    this.projection({})
    this.transform((doc) =>
      doc && typeof doc === 'object' ? projectDocument(doc as Record<string, unknown>, projection) : doc,
    )
  })
  schema.pre('aggregate', function flattenMatchStages() {
    for (const stage of this.pipeline()) {
      if ('$match' in stage && stage.$match)
        stage.$match = flattenFilter(stage.$match as Record<string, unknown>, isObjectIdPath)
    }
  })
}

let installed = false

/**
 * For FerretDB: every model Payload compiles gets its filters flattened (see flattenFilter), so
 * FerretDB's storage filters instead of FerretDB reading whole collections. Must run before
 * Payload builds its models; installing twice is a no-op.
 */
export function installFerretdbQueryShapes() {
  if (installed) return
  installed = true
  mongoose.plugin(flattenQueries)
}
