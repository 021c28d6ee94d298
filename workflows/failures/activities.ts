import type { Payload } from 'payload'
import { stuckStepMessage } from '../../src/mail/failureTemplates'
import { staffEmails } from '../../src/mail/recipients'
import { sendMailOnce } from '../../src/mail/sendMailOnce'
import { temporalUiLink } from '../client'

export type StuckStep = {
  process: 'matching' | 'certification' | 'group'
  workflowId: string
  step: string
  permanent: boolean
  error: string
  /** When the step first got stuck: one mail per stuck step, however often it is retried. */
  since: string
}

/** The activity every durable step (failures/steps.ts) calls when it has to wait: it tells the platform team. */
export function createFailureActivities(payload: Payload) {
  return {
    async tellStaffOfStuckStep(stuck: StuckStep): Promise<void> {
      const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
      const configured = stuck.process === 'matching' ? settings.matching?.staffEmail : undefined
      await sendMailOnce(
        payload,
        `stuck:${stuck.workflowId}:${stuck.step}:${stuck.since}`,
        await staffEmails(payload, configured),
        stuckStepMessage(
          stuck.process,
          stuck.workflowId,
          stuck.step,
          stuck.permanent,
          stuck.error,
          temporalUiLink(stuck.workflowId),
        ),
      )
    },
  }
}
