import type { Payload } from 'payload'
import type { Model } from 'mongoose'

/**
 * The mongoose model behind a collection, for the few single-document conditional
 * updates (update where status is still X) that carry the matching invariants:
 * FerretDB has no transactions, so atomic updates on one document are the tool.
 */
export function modelOf(payload: Payload, slug: 'members' | 'offers' | 'matches' | 'requests'): Model<Record<string, unknown>> {
  const collections = (payload.db as unknown as { collections: Record<string, Model<Record<string, unknown>>> }).collections
  const model = collections[slug]
  if (!model) throw new Error(`No mongoose model for collection ${slug}: is the database adapter @payloadcms/db-mongodb?`)
  return model
}
