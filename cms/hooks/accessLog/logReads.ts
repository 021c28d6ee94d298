import { APIError, type CollectionAfterOperationHook, type PayloadRequest } from 'payload'
import { idOf } from '../../../src/domain/ids'
import { modelOf } from '../../../src/store/modelOf'
import { readRoute } from './readRoute'

/** The collections whose reads by people are logged (issue 12 §5, NEN 7513). */
export type LoggedCollection = 'requests' | 'offers' | 'matches' | 'members' | 'certificates'

/** Whether the reader is the document's own subject, whose reads are not logged (see Members, Certificates). */
export type OwnRead = (doc: Record<string, unknown>, req: PayloadRequest) => boolean | Promise<boolean>

const NOT_LOGGED =
  'Deze gegevens kunnen nu niet worden getoond: de inzage kon niet worden vastgelegd. Probeer het over een paar minuten opnieuw.'

type Entry = {
  actor: string
  actorLabel: string
  targetCollection: LoggedCollection
  targetId: string
  via: 'by-id' | 'list' | 'populated'
  route: string
  createdAt: Date
  updatedAt: Date
}

/**
 * Records every read of `collection` by a person: one access-log entry per document, all of
 * one operation in a single insertMany (a list of 50 is one round trip, not 50).
 * A read with overrideAccess is the system's (workflow activities, access rules looking
 * something up), not a person's: only reads that went through access control are logged.
 *
 * Fails closed: if the entries cannot be written the read is refused (503). In care an
 * unlogged read of case data is a compliance gap the privacy officer cannot close later;
 * a refused read is visible at once and can simply be tried again.
 */
export function logReads(collection: LoggedCollection, ownRead: OwnRead = () => false): CollectionAfterOperationHook {
  return async ({ args, operation, overrideAccess, req, result }) => {
    if (operation !== 'find' && operation !== 'findByID') return result
    const { user } = req
    if (overrideAccess || !user) return result
    const docs = (operation === 'find' ? (result as { docs?: unknown[] }).docs : [result]) ?? []
    const read: Record<string, unknown>[] = []
    for (const doc of docs as (Record<string, unknown> | null)[]) {
      if (doc && idOf(doc.id) && !(await ownRead(doc, req))) read.push(doc)
    }
    if (read.length === 0) return result
    // The dataloader fills relationships (depth > 0) through find with a currentDepth.
    const populated = Boolean((args as { currentDepth?: number }).currentDepth)
    const via = populated ? 'populated' : operation === 'find' ? 'list' : 'by-id'
    const route = readRoute(req)
    const now = new Date()
    const entries: Entry[] = read.map((doc) => ({
      actor: String(user.id),
      actorLabel: String((user as { email?: unknown }).email ?? user.id),
      targetCollection: collection,
      targetId: idOf(doc.id)!,
      via,
      route,
      createdAt: now,
      updatedAt: now,
    }))
    try {
      await modelOf<Entry>(req.payload, 'access-log').insertMany(entries)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `access-log: ${entries.length} read(s) of ${collection} not logged` })
      throw new APIError(NOT_LOGGED, 503)
    }
    return result
  }
}
