import type { CollectionAfterChangeHook } from 'payload'
import { auditChange } from '../../../hooks/auditChange'
import type { Article } from '../../../payload-types'

const audit = auditChange('articles')

/** Who saved, published or unpublished an article; autosaves while typing are not events. */
export const auditArticle: CollectionAfterChangeHook<Article> = (args) => {
  if (args.req.query?.autosave === 'true' || args.req.query?.autosave === true) return args.doc
  return audit(args)
}
