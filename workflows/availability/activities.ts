import type { Payload } from 'payload'
import { config } from '../../src/config'
import { CONFIRM_EVERY_DAYS, isDueForConfirmation } from '../../src/domain/availabilityConfirmation'
import { confirmToken } from '../../src/mail/confirmToken'
import { availabilityConfirmMail } from '../../src/mail/availabilityTemplates'
import { memberContact } from '../../src/mail/recipients'
import { sendMailOnce } from '../../src/mail/sendMailOnce'
import { availabilityConfirmedAtOfMany } from '../../src/store/availabilityConfirmations'

export type DueMember = { memberId: string; mailKey: string }

/** Activities of the availability round: who is due, and one mail each. */
export function createAvailabilityActivities(payload: Payload) {
  return {
    /**
     * Active therapists whose last confirmation (or sign-up) is the setting's days old or more.
     * One equality on status; the confirmations one equality per member, not an `$in` scan.
     */
    async membersDueForConfirmation(nowIso: string): Promise<DueMember[]> {
      const now = new Date(nowIso)
      const settings = (await payload.findGlobal({ slug: 'settings', overrideAccess: true })).memberApproval
      const everyDays = settings?.availabilityConfirmDays ?? CONFIRM_EVERY_DAYS
      const active = await payload.find({
        collection: 'members',
        where: { status: { equals: 'active' } },
        depth: 0,
        pagination: false,
        select: { createdAt: true },
        overrideAccess: true,
      })
      const confirmed = await availabilityConfirmedAtOfMany(
        payload,
        active.docs.map((doc) => String(doc.id)),
      )
      return active.docs
        .map((doc) => ({ memberId: String(doc.id), since: confirmed.get(String(doc.id)) ?? doc.createdAt }))
        .filter(({ since }) => isDueForConfirmation(since, now, everyDays))
        .map(({ memberId, since }) => ({
          memberId,
          // The n-th period of `everyDays` since the last confirmation: one mail per period, so a
          // daily round asks every fortnight, not every day, and a repeated round asks once.
          mailKey: `availability-confirm:${memberId}:${since}:${Math.floor(
            (now.getTime() - new Date(since).getTime()) / (everyDays * 86_400_000),
          )}`,
        }))
        .sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
    },

    /** The mail of one period to one therapist: once per `mailKey`, whatever retries or rounds. */
    async mailAvailabilityConfirm(due: DueMember, roundIso: string): Promise<'sent' | 'already-sent'> {
      const { memberId, mailKey } = due
      const contact = await memberContact(payload, memberId)
      const token = confirmToken({ memberId, issuedAt: new Date(roundIso) }, config.PAYLOAD_SECRET)
      const confirmUrl = `${config.PUBLIC_URL}/beschikbaarheid-bevestigen?token=${encodeURIComponent(token)}`
      return sendMailOnce(
        payload,
        mailKey,
        contact.email,
        availabilityConfirmMail(contact.name, confirmUrl, `${config.PUBLIC_URL}/profiel`),
      )
    },
  }
}
