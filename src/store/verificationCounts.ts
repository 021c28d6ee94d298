import type { Payload } from 'payload'
import { modelOf } from './modelOf'

/**
 * How often a certificate was checked, for its holder: one insert per check (FerretDB 1.24
 * loses concurrent `$inc`s on one document, src/store/places.ts), counted by one equality.
 * Stored: the number and the month, nothing of who checked.
 */
export const VERIFICATIONS_COLLECTION = 'certificate-verifications' as const

type VerificationDoc = { number: string; month: string }

const model = (payload: Payload) => modelOf<VerificationDoc>(payload, VERIFICATIONS_COLLECTION)

export async function recordVerification(payload: Payload, number: string, at = new Date()): Promise<void> {
  await model(payload).create({ number, month: at.toISOString().slice(0, 7) })
}

/** Checks per certificate number: one count each. */
export async function verificationCounts(payload: Payload, numbers: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(numbers.map((number) => model(payload).countDocuments({ number })))
  return new Map(numbers.map((number, i) => [number, counts[i]!]))
}
