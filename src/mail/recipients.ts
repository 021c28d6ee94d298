import type { Payload } from 'payload'
import { requiredIdOf } from '../domain/ids'

/** `language`: the account's preferred language, for the few mails that have an English version. */
export type Contact = { name: string; email: string; language?: 'nl' | 'en' }

/** A mail that has nobody to go to: waiting will not bring an address back, so it is a permanent failure. */
export class NoRecipientError extends Error {
  override name = 'NoRecipientError'
}

/** A therapist whose account (or its e-mail) is gone: the processes go on without them. */
export class MemberUnreachableError extends NoRecipientError {
  override name = 'MemberUnreachableError'
}

/**
 * Name and account e-mail of a therapist: two small reads by id rather than populating the
 * profile (population queries with `$in`, which FerretDB answers by scanning all users).
 */
export async function memberContact(payload: Payload, memberId: string): Promise<Contact> {
  const member = await payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    select: { displayName: true, user: true },
    overrideAccess: true,
  })
  const user = member.user
    ? await payload
        .findByID({
          collection: 'users',
          id: requiredIdOf(member.user, `member ${memberId} user`),
          depth: 0,
          select: { email: true, language: true },
          overrideAccess: true,
        })
        .catch(() => null)
    : null
  if (!user?.email) throw new MemberUnreachableError(`Member ${memberId} has no account e-mail`)
  return { name: member.displayName, email: user.email, language: user.language === 'en' ? 'en' : 'nl' }
}

/** Name and e-mail of a user account (supervisors, trainers, coordinators). */
export async function userContact(payload: Payload, userId: string): Promise<Contact> {
  const user = await payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    select: { name: true, email: true },
    overrideAccess: true,
  })
  return { name: user.name, email: user.email }
}

/** Where a process's notices for the platform team go: the address its settings name, else every admin. */
export async function staffEmails(payload: Payload, configured?: string | null): Promise<string[]> {
  if (configured) return [configured]
  const staff = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'admin' } },
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  return staff.docs.map((user) => user.email)
}
