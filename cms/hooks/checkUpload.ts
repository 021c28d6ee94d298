import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { MAX_UPLOAD_BYTES, uploadProblem } from '../../src/knowledge/media'

/**
 * Refuses files that are too large or not an image we serve, before Payload stores
 * or resizes anything, with a message the editor can act on.
 */
export const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const problem = uploadProblem({ mimeType: file.mimetype, size: file.size, name: file.name })
  if (problem) throw new APIError(problem, 400, null, true)
  return args
}

export { MAX_UPLOAD_BYTES }
