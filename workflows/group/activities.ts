import type { Payload } from 'payload'
import { claimPlace, claimsOfKind, placesFrom, releasePlace } from '../../src/store/places'
import type { Group, GroupSignup } from '../../cms/payload-types'
import { config } from '../../src/config'
import { type Slot, slotLabel } from '../../src/domain/availability'
import { planSessions, type PlannedSession } from '../../src/domain/schedule'
import { groupCalendar } from '../../src/domain/scheduleIcs'
import { idOf, idsOf } from '../../src/domain/ids'
import { readGroupSettings } from '../../src/groups/settings'
import {
  type GroupMailFacts,
  groupProposalMessage,
  groupScheduleMessage,
  noSupervisorMessage,
  proposalLapsedMessage,
  supervisorOfferMessage,
} from '../../src/mail/groupTemplates'
import { memberContact as contactOfMember, staffEmails, userContact as contactOfUser } from '../../src/mail/recipients'
import { sendMailOnce } from '../../src/mail/sendMailOnce'
import type { GroupKind } from '../group-formation/messages'

type ParticipantRow = NonNullable<Group['participants']>[number]
type OfferRow = NonNullable<Group['supervisorOffers']>[number]
type SupervisorOutcome = OfferRow['status']

/**
 * Activities of one group's lifecycle. Each re-reads the group document, writes only
 * what changed and keys every mail, so a retry never mails twice or adds a row twice.
 * The group workflow calls the writing ones one at a time (one writer per group).
 */
export function createGroupActivities(payload: Payload) {
  const portalLink = `${config.PUBLIC_URL}/groepen`
  const adminLink = (groupId: string) => `${config.PUBLIC_URL}/admin/collections/groups/${groupId}`
  const mailKey = (groupId: string, step: string) => `group:${groupId}:${step}`
  const actor = { actor: 'group-workflow' }

  const loadGroup = (groupId: string) =>
    payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true })
  const saveGroup = (groupId: string, data: Partial<Group>) =>
    payload.update({
      collection: 'groups',
      id: groupId,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      context: actor,
    })
  const setSignup = (signupId: string, data: Partial<GroupSignup>) =>
    payload.update({
      collection: 'group-signups',
      id: signupId,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      context: actor,
    })
  const loadSignup = (signupId: string) =>
    payload.findByID({ collection: 'group-signups', id: signupId, depth: 0, overrideAccess: true })

  const memberContact = (memberId: string) => contactOfMember(payload, memberId)
  const userContact = (userId: string) => contactOfUser(payload, userId)

  const facts = (group: Group): GroupMailFacts => ({
    groupName: group.name,
    kindLabel: group.kind === 'supervision' ? 'Supervisie' : 'Intervisie',
    slotLabel: group.slot ? slotLabel(group.slot as Slot) : 'een vast dagdeel',
    online: Boolean(group.online),
  })

  /** Rewrites one participant row (the last one of this sign-up) and the flat member lists used by access rules. */
  function withParticipant(
    group: Group,
    signupId: string,
    change: (row: ParticipantRow) => ParticipantRow,
  ): Partial<Group> {
    const rows = [...(group.participants ?? [])]
    const index = rows.map((r) => idOf(r.signup)).lastIndexOf(signupId)
    if (index >= 0) rows[index] = change(rows[index]!)
    return flatLists(rows)
  }

  function flatLists(rows: ParticipantRow[]): Partial<Group> {
    return {
      participants: rows.map((r) => ({ ...r, member: idOf(r.member)!, signup: idOf(r.signup) })),
      members: rows.filter((r) => r.status === 'confirmed').map((r) => idOf(r.member)!),
      proposedMembers: rows.filter((r) => r.status === 'pending').map((r) => idOf(r.member)!),
    }
  }

  async function mailScheduleTo(
    group: Group,
    recipient: { key: string; name: string; email: string },
    sessions: PlannedSession[],
  ) {
    const calendar = groupCalendar({
      groupId: String(group.id),
      title: group.name,
      location: group.online ? 'Online' : `Regio (${facts(group).slotLabel})`,
      sessions,
      organizerEmail: config.MAIL_FROM_ADDRESS,
      stampedAt: new Date(group.updatedAt),
    })
    await sendMailOnce(
      payload,
      mailKey(String(group.id), `schedule:${recipient.key}`),
      recipient.email,
      groupScheduleMessage(recipient.name, facts(group), sessions, calendar, portalLink),
    )
  }

  return {
    async groupSettings(kind: GroupKind) {
      const settings = await readGroupSettings(payload)
      return {
        minSize: settings[kind].minSize,
        confirmationHours: settings.confirmationHours,
        supervisorResponseHours: settings.supervisorResponseHours,
        belowMinimumDays: settings.belowMinimumDays,
        closeAfterLastSessionDays: settings.closeAfterLastSessionDays,
      }
    },

    /** New proposals: a participant row each, the sign-ups marked proposed, a mail each with the deadline. */
    async proposeMembership(groupId: string, signupIds: string[], respondBy: string): Promise<void> {
      const group = await loadGroup(groupId)
      const rows = [...(group.participants ?? [])]
      const signups = await Promise.all(signupIds.map(loadSignup))
      for (const signup of signups) {
        const open = rows.some(
          (r) => idOf(r.signup) === String(signup.id) && (r.status === 'pending' || r.status === 'confirmed'),
        )
        if (!open) rows.push({ member: idOf(signup.member)!, signup: String(signup.id), status: 'pending', respondBy })
      }
      await saveGroup(groupId, flatLists(rows))
      for (const signup of signups) {
        if (signup.status !== 'proposed' || idOf(signup.group) !== groupId)
          await setSignup(String(signup.id), { status: 'proposed', group: groupId })
        const contact = await memberContact(idOf(signup.member)!)
        await sendMailOnce(
          payload,
          mailKey(groupId, `proposal:${signup.id}:${respondBy}`),
          contact.email,
          groupProposalMessage(contact.name, facts(group), respondBy, portalLink),
        )
      }
    },

    async recordGroupResponse(groupId: string, signupId: string, accept: boolean): Promise<void> {
      const group = await loadGroup(groupId)
      await saveGroup(
        groupId,
        withParticipant(group, signupId, (row) =>
          row.status === 'pending'
            ? { ...row, status: accept ? 'confirmed' : 'declined', respondedAt: new Date().toISOString() }
            : row,
        ),
      )
      if (accept) await setSignup(signupId, { status: 'confirmed' })
    },

    /** Declined, lapsed or (group cancelled) confirmed sign-ups go back on the waiting list. */
    async returnToPool(
      groupId: string,
      returned: { signupId: string; status: 'declined' | 'expired' | 'waiting' }[],
    ): Promise<void> {
      let group = await loadGroup(groupId)
      for (const item of returned) {
        const rowStatus = item.status === 'waiting' ? 'returned' : item.status
        group = (await saveGroup(
          groupId,
          withParticipant(group, item.signupId, (row) => ({ ...row, status: rowStatus })),
        )) as Group
        const signup = await loadSignup(item.signupId)
        if (signup.status !== 'withdrawn') await setSignup(item.signupId, { status: 'waiting', group: null })
        if (item.status === 'expired') {
          const contact = await memberContact(idOf(signup.member)!)
          await sendMailOnce(
            payload,
            mailKey(groupId, `lapsed:${item.signupId}`),
            contact.email,
            proposalLapsedMessage(contact.name, group.name, portalLink),
          )
        }
      }
    },

    async setGroupStatus(groupId: string, status: Group['status']): Promise<void> {
      const group = await loadGroup(groupId)
      if (group.status !== status) await saveGroup(groupId, { status })
    },

    /** Supervisors with a free seat: those working in the region first, then those in neighbouring regions; least busy first. */
    async supervisorCandidates(groupId: string): Promise<string[]> {
      const group = await loadGroup(groupId)
      const regionId = idOf(group.region)!
      const region = await payload.findByID({ collection: 'regions', id: regionId, depth: 0, overrideAccess: true })
      const neighbours = idsOf(region.neighbours)
      const asked = new Set((group.supervisorOffers ?? []).map((offer) => idOf(offer.supervisor)))
      const profiles = await payload.find({
        collection: 'supervisor-profiles',
        where: { active: { equals: true } },
        limit: 1000,
        depth: 0,
        overrideAccess: true,
        sort: 'createdAt',
      })
      const taken = await claimsOfKind(payload, 'groups')
      const seats = new Map(
        profiles.docs.map((p) => [
          p.id,
          placesFrom(
            'groups',
            { ownerId: String(p.id), capacity: p.maxGroups, open: true },
            taken.get(String(p.id)) ?? [],
          ),
        ]),
      )
      const free = profiles.docs
        .filter((p) => seats.get(p.id)!.free > 0 && !asked.has(idOf(p.user)))
        .sort((a, b) => seats.get(a.id)!.claims.length - seats.get(b.id)!.claims.length)
      const inRegion = free.filter((p) => idsOf(p.regions).includes(regionId))
      const near = free.filter((p) => !inRegion.includes(p) && idsOf(p.regions).some((id) => neighbours.includes(id)))
      return [...inRegion, ...near].map((p) => idOf(p.user)!)
    },

    async offerToSupervisor(groupId: string, supervisorId: string, respondBy: string): Promise<void> {
      const group = await loadGroup(groupId)
      const offers = [...(group.supervisorOffers ?? [])]
      if (!offers.some((o) => idOf(o.supervisor) === supervisorId && o.status === 'offered')) {
        offers.push({ supervisor: supervisorId, status: 'offered', respondBy })
        await saveGroup(groupId, {
          supervisorOffers: offers.map((o) => ({ ...o, supervisor: idOf(o.supervisor)! })),
          offeredSupervisors: [...new Set([...idsOf(group.offeredSupervisors), supervisorId])],
        })
      }
      const contact = await userContact(supervisorId)
      const size = (group.participants ?? []).filter((p) => p.status === 'confirmed').length
      await sendMailOnce(
        payload,
        mailKey(groupId, `supervisor-offer:${supervisorId}`),
        contact.email,
        supervisorOfferMessage(contact.name, facts(group), size, respondBy, portalLink),
      )
    },

    async recordSupervisorOffer(groupId: string, supervisorId: string, outcome: SupervisorOutcome): Promise<void> {
      const group = await loadGroup(groupId)
      const offers = (group.supervisorOffers ?? []).map((o) => ({ ...o, supervisor: idOf(o.supervisor)! }))
      const index = offers.map((o) => o.supervisor).lastIndexOf(supervisorId)
      if (index >= 0 && offers[index]!.status === 'offered') offers[index] = { ...offers[index]!, status: outcome }
      // Who declined no longer sees the group; who accepted leads it.
      const offered = idsOf(group.offeredSupervisors).filter((id) => id !== supervisorId || outcome === 'accepted')
      await saveGroup(groupId, { supervisorOffers: offers, offeredSupervisors: offered })
    },

    /**
     * Claims a seat (one inserted place per group, below the maximum; see
     * src/store/places.ts), then sets the supervisor. Staff (`force`)
     * may assign beyond the maximum.
     */
    async assignSupervisor(groupId: string, supervisorId: string, force: boolean): Promise<boolean> {
      const group = await loadGroup(groupId)
      if (idOf(group.supervisor) === supervisorId) return true
      const found = await payload.find({
        collection: 'supervisor-profiles',
        where: { user: { equals: supervisorId } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const profile = found.docs[0]
      if (profile) {
        const claim = await claimPlace(payload, 'groups', String(profile.id), groupId, { overbook: force })
        if (claim !== 'claimed' && claim !== 'already-claimed') return false
      } else if (!force) return false
      await saveGroup(groupId, {
        supervisor: supervisorId,
        offeredSupervisors: [...new Set([...idsOf(group.offeredSupervisors), supervisorId])],
      })
      return true
    },

    async tellStaffNoSupervisor(groupId: string): Promise<void> {
      const group = await loadGroup(groupId)
      const settings = await readGroupSettings(payload)
      const recipients = await staffEmails(payload, settings.staffEmail)
      const asked = (group.supervisorOffers ?? []).length
      await sendMailOnce(
        payload,
        mailKey(groupId, 'no-supervisor'),
        recipients,
        noSupervisorMessage(facts(group), asked, adminLink(groupId)),
      )
    },

    /** Plans the sessions by the norms once (a retry returns the first plan) and places the confirmed sign-ups. */
    async scheduleGroup(groupId: string, fromIso: string): Promise<PlannedSession[]> {
      let group = await loadGroup(groupId)
      if (!group.sessions?.length) {
        const settings = await readGroupSettings(payload)
        const size = (group.participants ?? []).filter((p) => p.status === 'confirmed').length
        const sessions = planSessions(group.kind, size, group.slot as Slot, new Date(fromIso), settings.norms)
        group = (await saveGroup(groupId, { sessions, status: 'confirmed' })) as Group
      }
      for (const row of group.participants ?? []) {
        if (row.status === 'confirmed' && row.signup)
          await setSignup(idOf(row.signup)!, { status: 'placed', group: groupId })
      }
      return (group.sessions ?? []).map((s) => ({ startsAt: s.startsAt, durationMinutes: s.durationMinutes }))
    },

    /** Everyone in the group (and the supervisor) gets the dates, with an .ics file. */
    async mailSchedule(groupId: string): Promise<void> {
      const group = await loadGroup(groupId)
      const sessions = (group.sessions ?? []).map((s) => ({ startsAt: s.startsAt, durationMinutes: s.durationMinutes }))
      for (const memberId of idsOf(group.members))
        await mailScheduleTo(group, { key: `member-${memberId}`, ...(await memberContact(memberId)) }, sessions)
      const supervisorId = idOf(group.supervisor)
      if (supervisorId)
        await mailScheduleTo(
          group,
          { key: `supervisor-${supervisorId}`, ...(await userContact(supervisorId)) },
          sessions,
        )
    },

    /** A waiting-list member confirmed a place in a scheduled group: placed, and mailed the sessions still to come. */
    async joinScheduledGroup(groupId: string, signupId: string): Promise<void> {
      const group = await loadGroup(groupId)
      await setSignup(signupId, { status: 'placed', group: groupId })
      const signup = await loadSignup(signupId)
      const memberId = idOf(signup.member)!
      const now = Date.now()
      const remaining = (group.sessions ?? [])
        .filter((s) => Date.parse(s.startsAt) > now)
        .map((s) => ({ startsAt: s.startsAt, durationMinutes: s.durationMinutes }))
      await mailScheduleTo(group, { key: `member-${memberId}`, ...(await memberContact(memberId)) }, remaining)
    },

    async recordDropOut(groupId: string, signupId: string): Promise<void> {
      const group = await loadGroup(groupId)
      await saveGroup(
        groupId,
        withParticipant(group, signupId, (row) => ({ ...row, status: 'dropped-out' })),
      )
      await setSignup(signupId, { status: 'dropped-out', activeKey: `ended:${signupId}` })
    },

    async recordGroupAttendance(
      groupId: string,
      sessionIndex: number,
      presentMemberIds: string[],
      recordedBy: string,
    ): Promise<void> {
      const group = await loadGroup(groupId)
      const sessions = (group.sessions ?? []).map((s, index) =>
        index === sessionIndex && !s.attendanceRecordedAt
          ? {
              ...s,
              present: presentMemberIds,
              attendanceRecordedAt: new Date().toISOString(),
              attendanceRecordedBy: recordedBy,
            }
          : { ...s, present: idsOf(s.present), attendanceRecordedBy: idOf(s.attendanceRecordedBy) },
      )
      await payload.update({
        collection: 'groups',
        id: groupId,
        data: { sessions } as never,
        depth: 0,
        overrideAccess: true,
        context: { actor: `attendance (${recordedBy})` },
      })
    },

    /** Finished or cancelled: the status is set and the supervisor's seat is freed (once). */
    async closeGroup(groupId: string, status: 'finished' | 'cancelled'): Promise<void> {
      const group = await loadGroup(groupId)
      if (group.status !== status) await saveGroup(groupId, { status })
      const supervisorId = idOf(group.supervisor)
      if (supervisorId) {
        const found = await payload.find({
          collection: 'supervisor-profiles',
          where: { user: { equals: supervisorId } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        if (found.docs[0]) await releasePlace(payload, String(found.docs[0].id), groupId)
      }
      if (status === 'finished') {
        for (const row of group.participants ?? []) {
          if (row.status === 'confirmed' && row.signup)
            await setSignup(idOf(row.signup)!, { activeKey: `ended:${idOf(row.signup)}` })
        }
      }
    },
  }
}
