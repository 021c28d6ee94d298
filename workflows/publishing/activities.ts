import { ApplicationFailure } from '@temporalio/activity'
import { NotFound, type Payload } from 'payload'

export type PublishingResult = 'published' | 'unpublished' | 'skipped'

/** Writes made by the clock, not by an editor: the schedule hook must not react to them. */
export const SCHEDULED_CONTEXT = { fromSchedule: true, actor: 'planning' } as const

const sameInstant = (a: unknown, b: string) => typeof a === 'string' && Date.parse(a) === Date.parse(b)

/**
 * Activities of scheduled publishing. Each re-reads the latest version and acts only
 * when the editor's plan still says this date: a date changed or cleared meanwhile,
 * or a retry after success, is a no-op.
 */
export function createPublishingActivities(payload: Payload) {
  async function latestVersion(articleId: string) {
    try {
      return await payload.findByID({
        collection: 'articles',
        id: articleId,
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
    } catch (error) {
      if (error instanceof NotFound)
        throw ApplicationFailure.nonRetryable(`Article ${articleId} does not exist (anymore)`, 'ArticleNotFound')
      throw error
    }
  }

  return {
    /** Publishes the latest draft (what the editor last saved) and clears the plan. */
    async publishScheduledArticle({ articleId, at }: { articleId: string; at: string }): Promise<PublishingResult> {
      const article = await latestVersion(articleId)
      if (!sameInstant(article.scheduledPublishAt, at)) return 'skipped'
      await payload.update({
        collection: 'articles',
        id: articleId,
        data: { _status: 'published', scheduledPublishAt: null, publishedAt: article.publishedAt ?? at },
        draft: false,
        depth: 0,
        overrideAccess: true,
        context: SCHEDULED_CONTEXT,
      })
      return 'published'
    },

    /** Takes the article offline (back to draft; versions stay) and clears the plan. */
    async unpublishScheduledArticle({ articleId, at }: { articleId: string; at: string }): Promise<PublishingResult> {
      const article = await latestVersion(articleId)
      if (!sameInstant(article.scheduledUnpublishAt, at)) return 'skipped'
      await payload.update({
        collection: 'articles',
        id: articleId,
        data: { _status: 'draft', scheduledUnpublishAt: null },
        draft: false,
        depth: 0,
        overrideAccess: true,
        context: SCHEDULED_CONTEXT,
      })
      return 'unpublished'
    },
  }
}
