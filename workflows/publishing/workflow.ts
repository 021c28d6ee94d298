import { ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow'
import { durable, endsBecauseGone, isSubjectGone } from '../failures/steps'
import type { createPublishingActivities } from './activities'
import {
  type PublishingSchedule,
  type PublishingState,
  nextStep,
  publishingStateQuery,
  rescheduleSignal,
  scheduleProblem,
} from './messages'

// Bounded at an hour, then staff are told and the step waits; a deleted article ends the run (below).
const { publishScheduledArticle, unpublishScheduledArticle } = durable(
  proxyActivities<ReturnType<typeof createPublishingActivities>>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: '1 hour',
    retry: { maximumInterval: '5 minutes' },
  }),
  {
    process: 'publishing',
    onPermanent: (type) => (isSubjectGone(type) ? 'throw' : 'wait'),
    transientPause: '1 hour',
    permanentPause: '1 day',
  },
)

const ARTICLE_GONE = 'Het artikel bestaat niet meer (verwijderd); de planning is vervallen.'

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
    try {
      if (step.kind === 'publish') await publishScheduledArticle({ articleId: state.articleId, at: step.at })
      else await unpublishScheduledArticle({ articleId: state.articleId, at: step.at })
    } catch (error) {
      if (!(await endsBecauseGone(error, { process: 'publishing', step: step.kind, reason: ARTICLE_GONE }))) throw error
      state.endReason = ARTICLE_GONE
      return state
    }
    if (step.kind === 'publish') {
      state.published.push(step.at)
      if (state.publishAt === step.at) state.publishAt = null
    } else {
      state.unpublished.push(step.at)
      if (state.unpublishAt === step.at) state.unpublishAt = null
    }
  }
}
