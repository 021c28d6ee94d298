import type { Payload } from 'payload'
import type { Model } from 'mongoose'

/**
 * The mongoose model behind a collection, for the few single-document conditional
 * updates (update where status is still X) and unique-index inserts that carry the
 * invariants: FerretDB has no transactions, so atomic writes on one document are the tool.
 */
export function modelOf<T = Record<string, unknown>>(
  payload: Payload,
  slug:
    | 'members'
    | 'users'
    | 'deletion-requests'
    | 'decision-claims'
    | 'offers'
    | 'matches'
    | 'requests'
    | 'capacity-claims'
    | 'method-certifications'
    | 'availability-confirmations'
    | 'access-log'
    | 'credential-status'
    | 'certificate-verifications',
): Model<T> {
  const collections = (payload.db as unknown as { collections: Record<string, Model<T>> }).collections
  const model = collections[slug]
  if (!model)
    throw new Error(`No mongoose model for collection ${slug}: is the database adapter @payloadcms/db-mongodb?`)
  return model
}
