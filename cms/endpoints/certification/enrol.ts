import type { Payload } from 'payload'
import { z } from 'zod'
import { isDocumentId, parseInput } from '../../../src/domain/parseInput'
import { TRAINING_ENDED, trainingGivesPlaces } from '../../../src/domain/trainingPlaces'
import { memberIdOf } from '../../access/memberOfUser'

export type EnrolResult =
  | { ok: true; enrollmentId: string; workflowId: string }
  | { ok: false; status: 400 | 403 | 404 | 409 | 503; message: string; errors?: Record<string, string> }

export type StartCertification = (enrollmentId: string) => Promise<{ workflowId: string }>

const bodySchema = z.object({
  training: z.string('Kies een opleiding.').trim().min(1, 'Kies een opleiding.').max(64, 'Kies een opleiding.'),
})

/**
 * A therapist enrols: the enrolment document, then its certification workflow, which
 * takes a place or puts them on the waiting list. If the workflow cannot start, the
 * enrolment is removed again so enrolling can simply be tried again.
 */
export async function enrolInTraining(
  payload: Payload,
  user: { id: string | number; roles?: readonly string[] | null } | null,
  raw: unknown,
  start: StartCertification,
): Promise<EnrolResult> {
  if (!user) return { ok: false, status: 403, message: 'Log in om je in te schrijven.' }
  const body = parseInput(bodySchema, raw)
  if (!body.ok) return { ok: false, status: 400, message: body.message, errors: body.errors }

  const memberId = await memberIdOf(payload, user.id)
  if (!memberId)
    return { ok: false, status: 403, message: 'Alleen behandelaars met een profiel kunnen zich inschrijven.' }
  const member = await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true })
  if (member.status !== 'active')
    return { ok: false, status: 403, message: 'Je kunt je inschrijven zodra je aanmelding is goedgekeurd.' }
  // An id that is not an ObjectId names no training: the same 404, without a query that would throw.
  const training = isDocumentId(body.value.training)
    ? await payload.findByID({
        collection: 'trainings',
        id: body.value.training,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
    : null
  if (!training) return { ok: false, status: 404, message: 'Deze opleiding bestaat niet (meer).' }
  if (!trainingGivesPlaces(training, new Date())) return { ok: false, status: 409, message: TRAINING_ENDED }
  if (!training.steps?.length)
    return {
      ok: false,
      status: 409,
      message: 'Voor deze opleiding is het programma nog niet klaar; inschrijven kan binnenkort.',
    }

  const already = await payload.count({
    collection: 'enrollments',
    where: { training: { equals: training.id }, member: { equals: memberId } },
    overrideAccess: true,
  })
  if (already.totalDocs > 0)
    return {
      ok: false,
      status: 409,
      message: 'Je bent al ingeschreven voor deze opleiding. Je vindt haar bij "Mijn opleidingen".',
    }

  let enrollmentId: string
  try {
    const enrollment = await payload.create({
      collection: 'enrollments',
      data: { training: training.id, member: memberId, status: 'waiting', enrolledAt: new Date().toISOString() },
      overrideAccess: true,
      context: { actor: `inschrijving (${user.id})` },
    })
    enrollmentId = String(enrollment.id)
  } catch {
    // The unique (training, member) index: a double click enrolled a moment ago.
    return {
      ok: false,
      status: 409,
      message: 'Je bent al ingeschreven voor deze opleiding. Je vindt haar bij "Mijn opleidingen".',
    }
  }
  try {
    const { workflowId } = await start(enrollmentId)
    return { ok: true, enrollmentId, workflowId }
  } catch (error) {
    await payload.delete({ collection: 'enrollments', id: enrollmentId, overrideAccess: true })
    console.error('certification: could not start the workflow', error)
    return {
      ok: false,
      status: 503,
      message: 'Inschrijven lukt nu even niet. Probeer het over een paar minuten opnieuw.',
    }
  }
}
