import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { requestPiiProblems } from './requestPii'

/** Requests never store client-identifying data, whichever way they are written (portal, admin, REST). */
export const refuseClientData: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const merged = { title: data?.title ?? originalDoc?.title, context: data?.context ?? originalDoc?.context }
  const problems = requestPiiProblems(merged)
  if (problems.length > 0) {
    throw new ValidationError({ collection: collection.slug, req, errors: problems.map((p) => ({ path: p.field, message: p.message })) })
  }
  return data
}
