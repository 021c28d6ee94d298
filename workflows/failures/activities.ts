import type { Payload } from 'payload'
import type { Setting as Settings } from '../../cms/payload-types'
import { endedRunMessage, stuckStepMessage } from '../../src/mail/failureTemplates'
import { staffEmails } from '../../src/mail/recipients'
import { sendMailOnce } from '../../src/mail/sendMailOnce'
import { temporalUiLink } from '../client'

export type StuckStep = {
  process: 'matching' | 'certification' | 'group' | 'group-formation' | 'member-approval' | 'publishing'
  workflowId: string
  step: string
  permanent: boolean
  error: string
  /** When the step first got stuck: one mail per stuck step, however often it is retried. */
  since: string
}

/** A run that ended because what it works on is gone for good (a deleted member or article). */
export type EndedRun = Pick<StuckStep, 'process' | 'workflowId' | 'step' | 'error'> & { reason: string }

/** The activity every durable step (failures/steps.ts) calls when it has to wait: it tells the platform team. */
export function createFailureActivities(payload: Payload) {
  return {
    async tellStaffOfStuckStep(stuck: StuckStep): Promise<void> {
      const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
      await sendMailOnce(
        payload,
        `stuck:${stuck.workflowId}:${stuck.step}:${stuck.since}`,
        await staffEmails(payload, configuredStaffEmail(settings, stuck.process)),
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

    async tellStaffOfEndedRun(ended: EndedRun): Promise<void> {
      const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
      await sendMailOnce(
        payload,
        `ended:${ended.workflowId}:${ended.step}`,
        await staffEmails(payload, configuredStaffEmail(settings, ended.process)),
        endedRunMessage(ended.process, ended.workflowId, ended.reason, ended.error, temporalUiLink(ended.workflowId)),
      )
    },
  }
}

/** The processes with a staff address of their own in the settings; the others mail every staff account. */
function configuredStaffEmail(settings: Settings, process: StuckStep['process']) {
  if (process === 'matching') return settings.matching?.staffEmail
  if (process === 'member-approval') return settings.memberApproval?.staffEmail
  return undefined
}
