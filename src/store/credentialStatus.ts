import type { Payload } from 'payload'
import { modelOf } from './modelOf'
import { STATUS_LIST_LENGTH, nextStatusIndex, preferredStatusIndex } from '../domain/statusList'

/**
 * The one owner of status list indexes: which bit of the revocation list is a certificate's.
 *
 * One document per certificate in `credential-status`, unique on the certificate and unique on
 * the index, so two downloads at once, or two certificates wanting one slot, never share a bit.
 * A certificate's index is taken the first time its credential is issued and kept for good (a
 * verifier holds credentials that point at it). Not a field of the certificate: Payload writes
 * certificates whole, and a revocation saved from a form read before the index was set would
 * write it away.
 */
export const CREDENTIAL_STATUS_COLLECTION = 'credential-status' as const

type StatusDoc = { certificate: string; index: number }

const model = (payload: Payload) => modelOf<StatusDoc>(payload, CREDENTIAL_STATUS_COLLECTION)
const isDuplicate = (error: unknown) => (error as { code?: number })?.code === 11000

async function indexOf(payload: Payload, certificateId: string): Promise<number | null> {
  const found = await model(payload).findOne({ certificate: certificateId }, { index: 1 }).lean<StatusDoc>()
  return found ? found.index : null
}

/** The certificate's bit in the revocation list, taken now if it has none yet. */
export async function statusIndexFor(payload: Payload, certificateId: string): Promise<number> {
  const existing = await indexOf(payload, certificateId)
  if (existing !== null) return existing
  let index = preferredStatusIndex(certificateId)
  for (let tries = 0; tries < STATUS_LIST_LENGTH; tries += 1) {
    try {
      await model(payload).create({ certificate: certificateId, index })
      return index
    } catch (error) {
      if (!isDuplicate(error)) throw error
      // Either this certificate got its index from a request running at the same time, or the slot is another's.
      const won = await indexOf(payload, certificateId)
      if (won !== null) return won
      index = nextStatusIndex(index)
    }
  }
  throw new Error('The revocation status list is full: start a second list.')
}

/** The indexes of the given certificates (those that have one): one equality each. */
export async function statusIndexesOf(payload: Payload, certificateIds: readonly string[]): Promise<number[]> {
  const found = await Promise.all(certificateIds.map((id) => indexOf(payload, id)))
  return found.filter((index): index is number => index !== null)
}
