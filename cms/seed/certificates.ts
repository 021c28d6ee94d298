import type { Payload } from 'payload'
import { EMDR_TRAINING_SLUG, EMDR_NORMS } from './trainings'
import { addCertifiedMethod } from '../../src/store/certifiedMethods'
import { idOf } from '../../src/domain/ids'
import { inChunks, insertMissing } from './upsert'

/** A few therapists already finished the EMDR track, so certificates and renewals can be tried. */
const CERTIFIED = [
  { number: 'DT-EMDR-2024-001', email: 'femke.vandijk@behandelaar.example', issuedAt: '2024-03-15' },
  { number: 'DT-EMDR-2024-002', email: 'ruben.vos@behandelaar.example', issuedAt: '2024-06-21' },
  { number: 'DT-EMDR-2024-003', email: 'daan.visser@behandelaar.example', issuedAt: '2024-11-08' },
]

const plusYears = (isoDate: string, years: number) =>
  `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}T00:00:00.000Z`

export async function seedCertificates(
  payload: Payload,
  ids: { memberByEmail: Map<string, string>; trainings: Map<string, string>; expertise: Map<string, string> },
) {
  const training = ids.trainings.get(EMDR_TRAINING_SLUG)!
  const rows = CERTIFIED.map(({ number, email, issuedAt }) => ({
    number,
    member: ids.memberByEmail.get(email)!,
    training,
    issuedAt: `${issuedAt}T00:00:00.000Z`,
    validUntil: plusYears(issuedAt, EMDR_NORMS.validityYears),
    status: 'valid',
  }))
  const result = await insertMissing(payload, 'certificates', rows, { key: 'number' })

  // The certificate is what puts EMDR on the member's "certified for" list: only for the
  // certificates created now, so a method someone removed since stays removed.
  const emdr = ids.expertise.get('emdr')!
  const newlyCertified = rows.filter((row) => result.createdKeys.has(row.number)).map((row) => row.member)
  const members = newlyCertified.length
    ? await payload.find({
        collection: 'members',
        where: { id: { in: newlyCertified } },
        pagination: false,
        depth: 0,
        select: { user: true },
        overrideAccess: true,
      })
    : { docs: [] }
  await inChunks(members.docs, 6, (member) =>
    addCertifiedMethod(payload, { memberId: String(member.id), user: idOf(member.user) }, emdr),
  )
  return result
}
