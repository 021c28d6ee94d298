import { type Payload, type PayloadRequest, ValidationError } from 'payload'
import type { User } from '../../payload-types'
import { type ActionResult, refused } from '../../../src/actionResult'
import { idOf } from '../../../src/domain/ids'
import { isDocumentId, parseInput } from '../../../src/domain/parseInput'
import { profileSchema } from '../../../src/domain/profileSchema'
import { confirmAvailability } from '../../../src/store/availabilityConfirmations'
import { unknownReferences } from './unknownReferences'

const NOT_FOUND = 'Dit profiel bestaat niet (meer).'

/**
 * "Mijn profiel": a member changes what they state about their work. Only the member
 * themself (staff change other profiles in the admin, with its own rules); the whole body is
 * parsed with the sign-up's profile schema and every reference checked before the one write,
 * so a refusal writes nothing. A lower capacity is checked against the places taken by the
 * members collection's hook (the one rule for every write path), whose refusal lands here as 409.
 */
export async function updateOwnProfile(
  payload: Payload,
  user: User | null,
  memberId: string,
  body: unknown,
  req?: PayloadRequest,
): Promise<ActionResult<{ memberId: string }>> {
  if (!user) return refused(401, 'Log in om je profiel te bewerken.')
  if (!isDocumentId(memberId)) return refused(404, NOT_FOUND)
  const member = await payload
    .findByID({ collection: 'members', id: memberId, depth: 0, select: { user: true }, overrideAccess: true })
    .catch(() => null)
  if (!member) return refused(404, NOT_FOUND)
  if (idOf(member.user) !== String(user.id))
    return refused(403, 'Je kunt alleen je eigen profiel aanpassen. Het platformteam past andere profielen aan.')

  const parsed = parseInput(profileSchema, body)
  if (!parsed.ok) return refused(400, parsed.message, parsed.errors)
  const profile = parsed.value
  const unknown = await unknownReferences(payload, profile)
  if (unknown) return refused(400, Object.values(unknown)[0]!, unknown)

  try {
    await payload.update({
      collection: 'members',
      id: memberId,
      data: {
        homeRegion: profile.homeRegion,
        regionsServed: [...new Set([profile.homeRegion, ...profile.regionsServed])],
        methods: profile.methods,
        themes: profile.themes,
        targetGroups: profile.targetGroups,
        capacityCases: profile.capacityCases,
        hoursPerWeek: profile.hoursPerWeek,
        // null clears a date the member removed; undefined would keep the stored one.
        availableFrom: profile.availableFrom ?? null,
        remoteAvailable: profile.remoteAvailable,
        languages: profile.languages,
        intro: profile.intro,
      },
      depth: 0,
      overrideAccess: true,
      ...(req ? { req } : { user }),
    })
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const errors = Object.fromEntries(error.data.errors.map((field) => [field.path, field.message]))
    return refused('capacityCases' in errors ? 409 : 400, error.message, errors)
  }
  // The profile states capacity and availability: saving it is as good as the fortnightly confirmation.
  await confirmAvailability(payload, { memberId, user: String(user.id) }, new Date())
  return { ok: true, value: { memberId } }
}
