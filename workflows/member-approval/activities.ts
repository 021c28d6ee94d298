import { ApplicationFailure } from '@temporalio/activity'
import { NotFound, type Payload } from 'payload'
import { config } from '../../src/config'
import { REGISTRATION_TYPES } from '../../src/domain/options'
import { staffEmails } from '../../src/mail/recipients'
import { sendMailOnce } from '../../src/mail/sendMailOnce'
import { sameRegistration } from '../../src/members/sameRegistration'
import { approvalReminderMessage, newSignUpMessage, rejectionMessage, welcomeMessage } from '../../src/mail/templates'
import type { Decision } from './messages'

/** Activities of member approval; each re-reads the member and is safe to retry. */
export function createMemberApprovalActivities(payload: Payload) {
  const adminLink = (memberId: string) => `${config.PUBLIC_URL}/admin/collections/members/${memberId}`
  const mailKey = (memberId: string, step: string) => `member-approval:${memberId}:${step}`

  /** A member deleted meanwhile will never appear: fail for good instead of retrying forever. */
  async function loadMember(memberId: string) {
    try {
      return await payload.findByID({ collection: 'members', id: memberId, depth: 1, overrideAccess: true })
    } catch (error) {
      if (error instanceof NotFound)
        throw ApplicationFailure.nonRetryable(`Member ${memberId} does not exist (anymore)`, 'MemberNotFound')
      throw error
    }
  }

  const staffRecipients = async () =>
    staffEmails(
      payload,
      (await payload.findGlobal({ slug: 'settings', overrideAccess: true })).memberApproval?.staffEmail,
    )

  return {
    async approvalSettings(): Promise<{ reminderAfterHours: number }> {
      const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
      return { reminderAfterHours: settings.memberApproval?.reminderAfterHours ?? 72 }
    },

    async notifyStaffOfSignUp(memberId: string): Promise<void> {
      const member = await loadMember(memberId)
      const sameNumber = {
        register: REGISTRATION_TYPES[member.registrationType].nl,
        twins: await sameRegistration(payload, member),
      }
      await sendMailOnce(
        payload,
        mailKey(memberId, 'signed-up'),
        await staffRecipients(),
        newSignUpMessage(member.displayName, adminLink(memberId), sameNumber),
      )
    },

    async remindStaff(memberId: string, reminderNumber: number, waitingHours: number): Promise<void> {
      const member = await loadMember(memberId)
      if (member.status !== 'pending') return
      await sendMailOnce(
        payload,
        mailKey(memberId, `reminder-${reminderNumber}`),
        await staffRecipients(),
        approvalReminderMessage(member.displayName, waitingHours, adminLink(memberId)),
      )
    },

    /** Writes the decision once: a retry, or a member decided by hand in the admin, is left as it is. */
    async recordDecision(memberId: string, decision: Decision): Promise<'approved' | 'rejected'> {
      const member = await loadMember(memberId)
      if (member.status === 'pending') {
        await payload.update({
          collection: 'members',
          id: memberId,
          data: {
            status: decision.decision === 'approve' ? 'active' : 'rejected',
            statusReason: decision.decision === 'reject' ? decision.reason : null,
            decidedAt: new Date().toISOString(),
            decidedBy: decision.decidedBy,
          },
          overrideAccess: true,
          context: { actor: `member-approval (${decision.decidedBy})` },
        })
        return decision.decision === 'approve' ? 'approved' : 'rejected'
      }
      return member.status === 'active' ? 'approved' : 'rejected'
    },

    async mailDecision(memberId: string): Promise<void> {
      const member = await loadMember(memberId)
      const user = member.user
      if (typeof user !== 'object' || !user?.email) throw new Error(`Member ${memberId} has no account e-mail`)
      const message =
        member.status === 'active'
          ? welcomeMessage(member.displayName, `${config.PUBLIC_URL}/profiel`)
          : rejectionMessage(member.displayName, member.statusReason ?? 'geen reden opgegeven')
      await sendMailOnce(payload, mailKey(memberId, 'decision'), user.email, message)
    },
  }
}
