import type { Payload } from 'payload'
import { modelOf } from './modelOf'

/**
 * "Decided once": the first call that inserts a decision's key takes the decision; every other
 * call, at the same moment or later, is refused by the unique index. A conditional update
 * ("set approved where still pending") is not enough here: FerretDB 1.24 does not apply
 * concurrent updates of one document atomically (src/store/places.ts), and two staff clicking
 * at once both got their update through (tests/privacy/erasure.rest.test.ts).
 */
export const DECISION_CLAIMS_COLLECTION = 'decision-claims' as const

/** True for the one call that took the decision `key` (e.g. `deletion-request:<id>`). */
export async function claimDecision(payload: Payload, key: string, by: string | number): Promise<boolean> {
  try {
    await modelOf(payload, DECISION_CLAIMS_COLLECTION).create({ key, by: String(by) })
    return true
  } catch (error) {
    if ((error as { code?: number })?.code === 11000) return false
    throw error
  }
}
