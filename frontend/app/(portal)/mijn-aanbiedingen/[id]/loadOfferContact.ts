import type { Payload } from 'payload'
import type { User } from '../../../../../cms/payload-types'
import { memberIdOf } from '../../../../../cms/access/memberOfUser'
import { hasRole } from '../../../../../cms/access/roles'
import { idOf } from '../../../../../src/domain/ids'

export type OfferContact = {
  organisation: string
  organisationEmail: string | null
  coordinator: { name: string; email: string } | null
}

/**
 * Whom the therapist of a confirmed match contacts: the coordinator who filed the request and
 * the organisation's general address. Only for the offer's own therapist, and only once the
 * match is on record: the offer is `confirmed` (the workflow sets that after recording the
 * match) and the request's one match (unique on `request`) is this therapist's. Before that,
 * or for anyone else, null.
 *
 * Neither the request nor the coordinator's account is readable by a therapist through
 * Payload (their rules stay closed); this server-side read takes only the fields shown here,
 * after the check above.
 */
export async function loadOfferContact(payload: Payload, user: User, offerId: string): Promise<OfferContact | null> {
  if (!hasRole(user, 'therapist')) return null
  const memberId = await memberIdOf(payload, user.id)
  if (!memberId) return null
  const offer = await payload
    .findByID({
      collection: 'offers',
      id: offerId,
      depth: 0,
      select: { request: true, member: true, status: true },
      overrideAccess: true,
    })
    .catch(() => null)
  const requestId = idOf(offer?.request)
  if (!offer || offer.status !== 'confirmed' || idOf(offer.member) !== memberId || !requestId) return null
  const match = (
    await payload.find({
      collection: 'matches',
      where: { request: { equals: requestId } },
      limit: 1,
      depth: 0,
      select: { member: true },
      overrideAccess: true,
    })
  ).docs[0]
  if (!match || idOf(match.member) !== memberId) return null
  const request = await payload.findByID({
    collection: 'requests',
    id: requestId,
    depth: 0,
    select: { organisation: true, createdBy: true },
    overrideAccess: true,
  })
  const organisationId = idOf(request.organisation)
  const coordinatorId = idOf(request.createdBy)
  const [organisation, coordinator] = await Promise.all([
    organisationId
      ? payload.findByID({
          collection: 'organisations',
          id: organisationId,
          depth: 0,
          select: { name: true, contactEmail: true },
          overrideAccess: true,
        })
      : null,
    // An account removed since is no contact; the organisation's address still is.
    coordinatorId
      ? payload
          .findByID({
            collection: 'users',
            id: coordinatorId,
            depth: 0,
            select: { name: true, email: true },
            overrideAccess: true,
          })
          .catch(() => null)
      : null,
  ])
  if (!organisation) return null
  return {
    organisation: organisation.name,
    organisationEmail: organisation.contactEmail ?? null,
    coordinator: coordinator ? { name: coordinator.name, email: coordinator.email } : null,
  }
}
