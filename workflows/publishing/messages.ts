import { defineQuery, defineSignal } from '@temporalio/workflow'

/**
 * Scheduled publishing of one article. The article document holds the dates the
 * editor chose (`scheduledPublishAt`, `scheduledUnpublishAt`); this workflow is the
 * clock. A save that changes the dates signals the new schedule (signal-with-start).
 */
export type PublishingSchedule = {
  articleId: string
  /** ISO date-time, or null when nothing is planned. */
  publishAt: string | null
  unpublishAt: string | null
}

export type PublishingState = PublishingSchedule & {
  published: string[]
  unpublished: string[]
  /** Set when the run ended because the article is gone. */
  endReason?: string
}

export const rescheduleSignal = defineSignal<[PublishingSchedule]>('reschedule')
export const publishingStateQuery = defineQuery<PublishingState>('state')

export const publishingWorkflowId = (articleId: string) => `publish-article-${articleId}`

export type PublishingStep = { kind: 'publish' | 'unpublish'; at: string }

/**
 * What happens next: the earlier of the two dates. A publish date after the
 * unpublish date still comes first in time, so each date is handled on its own.
 */
export function nextStep(schedule: PublishingSchedule): PublishingStep | null {
  const steps: PublishingStep[] = []
  if (schedule.publishAt) steps.push({ kind: 'publish', at: schedule.publishAt })
  if (schedule.unpublishAt) steps.push({ kind: 'unpublish', at: schedule.unpublishAt })
  steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  return steps[0] ?? null
}

/** Developer error for a malformed schedule (the admin only sends valid dates). */
export function scheduleProblem(schedule: PublishingSchedule): string | null {
  if (!schedule.articleId) return 'articleId is required'
  for (const at of [schedule.publishAt, schedule.unpublishAt]) {
    if (at !== null && Number.isNaN(Date.parse(at))) return `not an ISO date: ${at}`
  }
  return null
}
