import type { Payload } from 'payload'
import type { User } from '../../../../../cms/payload-types'
import { idsOf } from '../../../../../src/domain/ids'

/** The training with this slug, as the reader may read it (trainings are public); null when none. */
export async function loadTraining(payload: Payload, slug: string, user: User | null) {
  const found = await payload.find({
    collection: 'trainings',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    user,
  })
  return found.docs[0] ?? null
}

/**
 * The trainers' names, and nothing else of their accounts: accounts are closed to the public,
 * but who teaches a training is part of the offer.
 */
export async function trainerNames(payload: Payload, trainers: unknown): Promise<string[]> {
  const names = await Promise.all(
    idsOf(trainers as never).map((id) =>
      payload
        .findByID({ collection: 'users', id, depth: 0, select: { name: true }, overrideAccess: true })
        .then((trainer) => trainer.name)
        .catch(() => null),
    ),
  )
  return names.filter((name): name is string => Boolean(name))
}
