import { cache } from 'react'
import type { Article, User } from '../../../../../cms/payload-types'
import { hasRole } from '../../../../../cms/access/roles'
import { getPayloadClient } from '../../../../lib/payload'

/**
 * The article for this reader, once per request (page and metadata share it).
 * `preview` shows the latest draft, and only to editors and staff.
 */
export const loadArticle = cache(async (slug: string, user: User | null, preview: boolean) => {
  const payload = await getPayloadClient()
  const draft = preview && hasRole(user, 'admin', 'editor')
  const found = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    draft,
    populate: { articles: { title: true, slug: true } },
    overrideAccess: false,
    user,
  })
  const article = (found.docs[0] as Article | undefined) ?? null
  if (article) return { article, draft, membersOnlyHidden: false }
  // Not for this reader: say so for a published members-only article, 404 otherwise.
  const hidden = await payload.count({
    collection: 'articles',
    where: {
      and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }, { membersOnly: { equals: true } }],
    },
    overrideAccess: true,
  })
  return { article: null, draft, membersOnlyHidden: hidden.totalDocs > 0 }
})
