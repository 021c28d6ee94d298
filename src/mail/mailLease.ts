import type { Model } from 'mongoose'
import type { Payload } from 'payload'

/**
 * Who may send a mail-log key right now. An attempt takes a lease by inserting
 * `{ key, attempt: n + 1 }` (unique on key + attempt) once attempt n is over or its lease ran
 * out; two attempts that race for the same n see one insert refused. A lease outlives the
 * longest SMTP conversation (see SMTP_TIMEOUTS), so an attempt that lost its worker or its
 * activity timeout has finished talking to the server before another one may send.
 */
export const LEASES_COLLECTION = 'mail-leases'

/** Bounds of one SMTP conversation; each below the activities' one-minute timeout. */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }

/** Longer than a whole SMTP conversation can take (connect + greeting + a few idle-bounded steps). */
export const LEASE_MS = 2 * 60_000

export type Lease = { key: string; attempt: number }

type LeaseDoc = { key: string; attempt: number; until: Date }

/** Another attempt holds the send: retry after `until` (an activity retry does that by itself). */
export class MailSendInProgress extends Error {
  constructor(
    readonly key: string,
    readonly until: Date,
  ) {
    super(`Mail ${key} is being sent by another attempt (lease until ${until.toISOString()})`)
    this.name = 'MailSendInProgress'
  }
}

function leasesModel(payload: Payload): Model<LeaseDoc> {
  const collections = (payload.db as unknown as { collections: Record<string, Model<LeaseDoc>> }).collections
  const found = collections[LEASES_COLLECTION]
  if (!found) throw new Error('No mongoose model for mail-leases: is the database adapter @payloadcms/db-mongodb?')
  return found
}

const isDuplicate = (error: unknown) => (error as { code?: number })?.code === 11000

/** The newest attempt of a key (few documents per key: equality on `key`, newest picked here). */
async function latestLease(payload: Payload, key: string): Promise<LeaseDoc | null> {
  const leases = await leasesModel(payload).find({ key }).lean<LeaseDoc[]>()
  return leases.reduce<LeaseDoc | null>(
    (latest, lease) => (!latest || lease.attempt > latest.attempt ? lease : latest),
    null,
  )
}

/** Takes the send for this attempt, or throws MailSendInProgress while another attempt holds it. */
export async function takeLease(payload: Payload, key: string, now = new Date()): Promise<Lease> {
  const latest = await latestLease(payload, key)
  if (latest && latest.until.getTime() > now.getTime()) throw new MailSendInProgress(key, latest.until)
  const lease = { key, attempt: (latest?.attempt ?? 0) + 1 }
  try {
    await leasesModel(payload).create({ ...lease, until: new Date(now.getTime() + LEASE_MS) })
    return lease
  } catch (error) {
    if (!isDuplicate(error)) throw error
    throw new MailSendInProgress(key, new Date(now.getTime() + LEASE_MS))
  }
}

/** Gives the send back after a failed attempt, so the next retry need not wait for the lease. */
export async function releaseLease(payload: Payload, lease: Lease): Promise<void> {
  await leasesModel(payload).deleteOne({ key: lease.key, attempt: lease.attempt })
}

/** For tests: records attempt `attempt` holding the send until `until`, as a crashed worker leaves it. */
export async function recordLease(payload: Payload, key: string, attempt: number, until: Date): Promise<void> {
  await leasesModel(payload).create({ key, attempt, until })
}
