import { ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow'
import type { createPublishingActivities } from './activities'
import {
  type PublishingSchedule,
  type PublishingState,
  nextStep,
  publishingStateQuery,
  rescheduleSignal,
  scheduleProblem,
} from './messages'

const { publishScheduledArticle, unpublishScheduledArticle } = proxyActivities<
  ReturnType<typeof createPublishingActivities>
>({
  startToCloseTimeout: '1 minute',
  retry: { maximumAttempts: 20, maximumInterval: '5 minutes' },
})

/**
 * `publish-article-<id>`: sleeps until the next planned date, then publishes or
 * unpublishes. A new schedule (signal) restarts the wait; with nothing left to do
 * the run ends, and the next save with a date starts a new one.
 */
export async function articlePublishing(input: PublishingSchedule): Promise<PublishingState> {
  const problem = scheduleProblem(input)
  if (problem) throw ApplicationFailure.nonRetryable(problem, 'InvalidSchedule')
  const state: PublishingState = { ...input, published: [], unpublished: [] }
  let revision = 0
  setHandler(rescheduleSignal, (schedule) => {
    if (scheduleProblem(schedule) || schedule.articleId !== state.articleId) return
    state.publishAt = schedule.publishAt
    state.unpublishAt = schedule.unpublishAt
    revision++
  })
  setHandler(publishingStateQuery, () => state)

  for (;;) {
    const step = nextStep(state)
    if (!step) return state
    const seen = revision
    const wait = Date.parse(step.at) - Date.now()
    if (wait > 0 && (await condition(() => revision !== seen, wait))) continue
    if (revision !== seen) continue
    if (step.kind === 'publish') {
      await publishScheduledArticle({ articleId: state.articleId, at: step.at })
      state.published.push(step.at)
      if (state.publishAt === step.at) state.publishAt = null
    } else {
      await unpublishScheduledArticle({ articleId: state.articleId, at: step.at })
      state.unpublished.push(step.at)
      if (state.unpublishAt === step.at) state.unpublishAt = null
    }
  }
}
