import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { schedulePublishing } from '../../../../workflows/publishing/client'
import type { Article } from '../../../payload-types'

const iso = (value: unknown): string | null =>
  typeof value === 'string' && value ? new Date(value).toISOString() : null

type Dates = { scheduledPublishAt?: unknown; scheduledUnpublishAt?: unknown } | undefined

async function handOver(req: PayloadRequest, articleId: string, next: Dates, previous: Dates) {
  if (req.context.fromSchedule || req.context.seed) return
  const publishAt = iso(next?.scheduledPublishAt)
  const unpublishAt = iso(next?.scheduledUnpublishAt)
  if (publishAt === iso(previous?.scheduledPublishAt) && unpublishAt === iso(previous?.scheduledUnpublishAt)) return
  try {
    await schedulePublishing({ articleId, publishAt, unpublishAt })
  } catch (error) {
    req.payload.logger.error({ err: error, articleId }, 'scheduling article failed')
    throw new APIError(
      'De planning kon niet worden doorgegeven; het artikel is niet opgeslagen. Probeer het over een minuut opnieuw.',
      503,
      null,
      true,
    )
  }
}

/**
 * When an editor sets, moves or clears a publish/unpublish date, the article's
 * `publish-article-<id>` workflow gets the new plan — before the save, so a plan
 * that cannot be handed over is not saved either (the activity ignores a plan the
 * document no longer carries, so a save failing after this is harmless).
 */
export const scheduleArticleOnUpdate: CollectionBeforeChangeHook<Article> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  await handOver(req, String(originalDoc.id), { ...originalDoc, ...data }, originalDoc)
  return data
}

/** A new article has no id before it is written: its plan is handed over just after. */
export const scheduleArticleOnCreate: CollectionAfterChangeHook<Article> = async ({ doc, operation, req }) => {
  if (operation === 'create') await handOver(req, String(doc.id), doc, undefined)
  return doc
}
