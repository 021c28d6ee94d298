import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { ARTICLE_KIND_VALUES } from './query'

/** The newest `perKind` articles of each kind this reader may see (one small query per kind). */
export async function latestPerKind(payload: Payload, user: User | null, perKind: number) {
  const lists = await Promise.all(
    ARTICLE_KIND_VALUES.map((kind) =>
      payload.find({
        collection: 'articles',
        where: { and: [{ _status: { equals: 'published' } }, { kind: { equals: kind } }] },
        sort: '-publishedAt',
        limit: perKind,
        depth: 0,
        select: { title: true, slug: true, kind: true, publishedAt: true },
        overrideAccess: false,
        user,
      }),
    ),
  )
  return lists.flatMap((list) => list.docs)
}
