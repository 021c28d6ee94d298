import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { piiProblems } from '../../src/domain/pii'

const valueAt = (data: Record<string, unknown> | undefined, path: string): { present: boolean; value: unknown } => {
  let current: unknown = data
  for (const key of path.split('.')) {
    if (!current || typeof current !== 'object' || !(key in current)) return { present: false, value: undefined }
    current = (current as Record<string, unknown>)[key]
  }
  return { present: true, value: current }
}

/**
 * Free-text fields (path → Dutch label) that never store client data, whichever way
 * they are written: admin, plain REST, Local API, workflow activities. Only the fields
 * this write sets are checked, so an old document never blocks an unrelated update.
 * The refusal's top-level message is the Dutch one (Payload's default is "The
 * following field is invalid: …"); `data.errors` names each field.
 */
export const refuseClientData =
  (fields: Record<string, string>): CollectionBeforeValidateHook =>
  ({ data, collection, req }) => {
    const written = Object.entries(fields)
      .map(([path, label]) => ({ path, label, ...valueAt(data, path) }))
      .filter((field) => field.present)
    const problems = piiProblems(Object.fromEntries(written.map(({ path, label, value }) => [path, { label, value }])))
    if (problems.length === 0) return data
    const error = new ValidationError({
      collection: collection.slug,
      req,
      errors: problems.map((problem) => ({ path: problem.field, message: problem.message })),
    })
    error.message = problems.map((problem) => problem.message).join(' ')
    throw error
  }
