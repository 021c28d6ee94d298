import type { Payload } from 'payload'
import { parseInput } from '../../../src/domain/parseInput'
import { signUpSchema } from '../../../src/domain/signUpSchema'
import { unknownReferences } from './unknownReferences'

export type SignUpResult =
  | { ok: true; memberId: string; workflowId: string }
  | { ok: false; status: 400 | 409 | 503; message: string; errors?: Record<string, string> }

export type StartApproval = (memberId: string) => Promise<{ workflowId: string }>

/**
 * A therapist signs up: account + pending profile, then the approval workflow.
 * If any step fails, what was written is removed again (no transactions on the
 * local database), so a failed sign-up can simply be tried again.
 */
export async function signUpTherapist(
  payload: Payload,
  raw: unknown,
  startApproval: StartApproval,
): Promise<SignUpResult> {
  const parsed = parseInput(signUpSchema, raw)
  if (!parsed.ok)
    return { ok: false, status: 400, message: 'Niet alle gegevens zijn goed ingevuld.', errors: parsed.errors }
  const input = parsed.value
  const referenceProblem = await unknownReferences(payload, input)
  if (referenceProblem)
    return { ok: false, status: 400, message: 'Niet alle gegevens zijn goed ingevuld.', errors: referenceProblem }

  const taken = await payload.count({
    collection: 'users',
    where: { email: { equals: input.email } },
    overrideAccess: true,
  })
  if (taken.totalDocs > 0) {
    return {
      ok: false,
      status: 409,
      message: 'Er is al een account met dit e-mailadres. Log in, of vraag een nieuw wachtwoord aan.',
      errors: { email: 'Dit e-mailadres is al in gebruik.' },
    }
  }

  const written: { collection: 'users' | 'members'; id: string | number }[] = []
  try {
    const user = await payload.create({
      collection: 'users',
      data: { name: input.name, email: input.email, password: input.password, roles: ['therapist'], language: 'nl' },
      overrideAccess: true,
      context: { actor: 'aanmelding' },
    })
    written.push({ collection: 'users', id: user.id })
    const member = await payload.create({
      collection: 'members',
      data: {
        displayName: input.name,
        user: user.id,
        profession: input.profession,
        registrationType: input.registrationType,
        registrationNumber: input.registrationNumber,
        homeRegion: input.homeRegion,
        regionsServed: unique([input.homeRegion, ...input.regionsServed]),
        methods: input.methods,
        themes: input.themes,
        targetGroups: input.targetGroups,
        capacityCases: input.capacityCases,
        hoursPerWeek: input.hoursPerWeek,
        availableFrom: input.availableFrom,
        remoteAvailable: input.remoteAvailable,
        languages: input.languages,
        motivation: input.motivation,
        status: 'pending',
      },
      overrideAccess: true,
      context: { actor: 'aanmelding' },
    })
    written.push({ collection: 'members', id: member.id })
    const { workflowId } = await startApproval(String(member.id))
    return { ok: true, memberId: String(member.id), workflowId }
  } catch (error) {
    payload.logger.error({ err: error }, 'Sign-up failed; removing what was written')
    for (const doc of written.reverse()) {
      await payload.delete({ collection: doc.collection, id: doc.id, overrideAccess: true }).catch(() => undefined)
    }
    return {
      ok: false,
      status: 503,
      message: 'Aanmelden lukt op dit moment niet. Probeer het over een paar minuten opnieuw.',
    }
  }
}

const unique = <T>(values: T[]) => [...new Set(values)]
