import mongoose, { type Query, type Schema } from 'mongoose'
import { flattenFilter } from './flattenFilter'

const FILTERED_OPERATIONS = ['countDocuments', 'deleteMany', 'deleteOne', 'find', 'findOne', 'findOneAndDelete', 'findOneAndUpdate', 'updateMany', 'updateOne']

function flattenQueries(schema: Schema) {
  schema.pre(FILTERED_OPERATIONS as ['find'], function flattenQuery(this: Query<unknown, unknown>) {
    this.setQuery(flattenFilter(this.getFilter()))
  })
  schema.pre('aggregate', function flattenMatchStages() {
    for (const stage of this.pipeline()) {
      if ('$match' in stage && stage.$match) stage.$match = flattenFilter(stage.$match as Record<string, unknown>)
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
