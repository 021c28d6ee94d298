import type { Model } from 'mongoose'
import type { Payload } from 'payload'
import { idOf } from '../../src/domain/ids'
import { addCertifiedMethod } from '../../src/store/certifiedMethods'

type Legacy = { _id: unknown; user?: unknown; certifiedMethods?: unknown[] }

/**
 * Profiles from before `method-certifications` kept the certified methods as a list on the
 * profile (`certifiedMethods`). Each listed method becomes a document there; then the old field is
 * removed, so nothing reads or writes it again. Returns how many methods were adopted.
 */
export async function backfillCertifiedMethods(payload: Payload): Promise<number> {
  const members = (payload.db as unknown as { collections: Record<string, Model<Legacy>> }).collections.members!
  // A scan (FerretDB pushes no `$exists` down), once per start; after the first it finds nothing.
  const legacy = await members
    .find({ certifiedMethods: { $exists: true } }, { user: 1, certifiedMethods: 1 })
    .lean<Legacy[]>()
  let adopted = 0
  for (const member of legacy) {
    for (const method of member.certifiedMethods ?? []) {
      const methodId = idOf(method)
      if (
        methodId &&
        (await addCertifiedMethod(payload, { memberId: idOf(member._id)!, user: idOf(member.user) }, methodId))
      )
        adopted++
    }
    await members.updateOne({ _id: member._id }, { $unset: { certifiedMethods: '' } }, { strict: false })
  }
  return adopted
}
