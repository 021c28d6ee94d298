import type { Payload } from 'payload'
import type { Member } from '../../cms/payload-types'

export type RegistrationTwin = Pick<Member, 'displayName' | 'status'> & { id: string }

/**
 * Other members who gave the same register and number (BIG, SKJ, …): a number belongs to one
 * person, so two applicants with it means a typo or someone using another's registration.
 * Staff decide which; the sign-up is not refused, since the first one may be the mistaken one.
 * Equality on both fields, which FerretDB answers without sorting.
 */
export async function sameRegistration(
  payload: Payload,
  member: Pick<Member, 'id' | 'registrationType' | 'registrationNumber'>,
): Promise<RegistrationTwin[]> {
  const found = await payload.find({
    collection: 'members',
    where: {
      registrationType: { equals: member.registrationType },
      registrationNumber: { equals: member.registrationNumber },
      id: { not_equals: member.id },
    },
    depth: 0,
    limit: 20,
    select: { displayName: true, status: true },
    overrideAccess: true,
  })
  return found.docs.map((twin) => ({ id: String(twin.id), displayName: twin.displayName, status: twin.status }))
}
