import {
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow'
import { type Candidate, type Slot, candidatesForSlot } from '../../src/domain/availability'
import { decideQuorum, formationDeadline, membersStillNeeded } from '../../src/domain/quorum'
import { durable, handleFailure, isMemberGone, isSubjectGone, permanentType } from '../failures/steps'
import type { createGroupFormationActivities } from './activities'
import { groupLifecycle } from '../group/workflow'
import { groupWorkflowId, membersAddedSignal } from '../group/messages'
import {
  type FormationInput,
  type FormationState,
  type PoolEntry,
  type TrackedGroup,
  formationStateQuery,
  groupClosedSignal,
  needMembersSignal,
  releaseMembersSignal,
  signUpSignal,
  withdrawProblem,
  withdrawUpdate,
} from './messages'

const bounded = proxyActivities<ReturnType<typeof createGroupFormationActivities>>({
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '1 hour',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
})
// The pool lives on whatever fails: staff are told once and the step is tried again later.
const waiting = { process: 'group-formation', transientPause: '1 hour', permanentPause: '1 day' } as const
const activities = durable(bounded, { ...waiting, onPermanent: () => 'wait' })
// Except a withdrawal whose sign-up is deleted: that sign-up has left the pool anyway.
const withdrawals = durable(bounded, { ...waiting, onPermanent: (type) => (isSubjectGone(type) ? 'throw' : 'wait') })
// A confirmation mail to a sign-up or therapist deleted meanwhile is not sent: nobody is left to read it.
const isNobodyToMail = (type: string | undefined) => isSubjectGone(type) || isMemberGone(type)
const confirmations = durable(bounded, { ...waiting, onPermanent: (type) => (isNobodyToMail(type) ? 'throw' : 'wait') })

/** Patch: a new sign-up gets a confirmation mail from the pool (runs recorded before it sent none). */
export const SIGNUP_CONFIRMATION_MAIL = 'signup-confirmation-mail'

const DEFAULT_HISTORY_LIMIT = 2_000
const IDLE_BEFORE_CLOSING = '60 days'

/**
 * One long-lived pool per kind + region + theme. Sign-ups arrive by signal-with-start;
 * a group forms when the maximum size shares a weekday part, or the minimum does and
 * the deadline has passed. Each group then runs as its own child workflow, which asks
 * this pool for replacements and waiting-list members. The pool survives
 * continue-as-new.
 */
export async function groupFormation(input: FormationInput): Promise<void> {
  const { kind, regionId, theme } = input
  const pool: PoolEntry[] = [...(input.pool ?? [])]
  const groups = new Map<string, TrackedGroup>((input.groups ?? []).map((group) => [group.groupId, group]))
  // Bookings between this pool and its groups survive continue-as-new: without them a
  // group's request that crossed a sent batch would be filled twice.
  const awaitingReply = new Set<string>(input.awaitingReply ?? [])
  const sentTo = new Map<string, Set<string>>(
    Object.entries(input.inFlight ?? {}).map(([groupId, ids]) => [groupId, new Set(ids)]),
  )
  let groupsFormed = input.groupsFormed ?? 0
  // Runs that started before chainId existed take their own run id: their count goes on, so new references stay unique.
  const chainId = input.chainId ?? workflowInfo().runId
  const runNumber = (input.runNumber ?? 0) + 1
  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT
  let norm = { minSize: kind === 'supervision' ? 2 : 3, maxSize: kind === 'supervision' ? 4 : 8, deadlineDays: 28 }
  let changed = true

  const isKnown = (memberId: string, signupId: string) =>
    pool.some((e) => e.memberId === memberId || e.signupId === signupId) ||
    [...groups.values()].some((group) => group.memberIds.includes(memberId))

  setHandler(signUpSignal, async (entry) => {
    // A repeated signal (retry of signal-with-start) or a member already in this pool's group is ignored.
    if (isKnown(entry.memberId, entry.signupId)) return
    pool.push({ ...entry, excludedGroups: [] })
    changed = true
    if (!patched(SIGNUP_CONFIRMATION_MAIL)) return
    // In the handler, not the main loop: a slow mail server never holds up forming a group,
    // and continue-as-new waits for it (allHandlersFinished).
    const poolSince = ordered(pool)[0]!.signedUpAt
    await confirmations.mailSignupConfirmation({ signupId: entry.signupId, poolSince }).catch((error: unknown) => {
      if (!isNobodyToMail(permanentType(error))) throw error
    })
  })
  setHandler(needMembersSignal, (need) => {
    // Members this pool sent that the group has not registered yet are on their way:
    // they count against the places asked for, so a group is never filled twice.
    const stillOnTheWay = [...(sentTo.get(need.groupId) ?? [])].filter((id) => !need.knownMemberIds.includes(id))
    // What the group has registered is no longer in flight: keep only the rest (small state to carry).
    if (stillOnTheWay.length > 0) sentTo.set(need.groupId, new Set(stillOnTheWay))
    else sentTo.delete(need.groupId)
    const inFlight = stillOnTheWay.length
    groups.set(need.groupId, {
      groupId: need.groupId,
      slot: need.slot,
      status: need.status,
      memberIds: need.memberIds,
      confirmed: need.confirmed,
      openPlaces: Math.max(0, need.count - inFlight),
      stillNeeded: Math.max(0, need.minSize - need.memberIds.length - inFlight),
    })
    if (need.count > 0) awaitingReply.add(need.groupId)
    else awaitingReply.delete(need.groupId)
    changed = true
  })
  setHandler(releaseMembersSignal, ({ groupId, entries, exclude }) => {
    for (const entry of entries) {
      if (pool.some((e) => e.memberId === entry.memberId)) continue
      const excludedGroups = exclude ? [...(entry.excludedGroups ?? []), groupId] : (entry.excludedGroups ?? [])
      pool.push({ ...entry, excludedGroups })
    }
    const group = groups.get(groupId)
    if (group) group.memberIds = group.memberIds.filter((id) => !entries.some((e) => e.memberId === id))
    changed = true
  })
  setHandler(groupClosedSignal, ({ groupId }) => {
    groups.delete(groupId)
    awaitingReply.delete(groupId)
    sentTo.delete(groupId)
    changed = true
  })
  setHandler(
    withdrawUpdate,
    async (request) => {
      const index = pool.findIndex((e) => e.signupId === request.signupId)
      if (index >= 0) pool.splice(index, 1)
      changed = true
      await withdrawals.markSignupWithdrawn(request.signupId).catch((error: unknown) => {
        // A sign-up deleted meanwhile is withdrawn already; runs recorded before the patch failed here.
        if (!isSubjectGone(permanentType(error)) || !handleFailure(error)) throw error
      })
      return { withdrawn: true as const, poolSize: pool.length }
    },
    {
      validator: (request) => {
        const problem = withdrawProblem(pool, request)
        if (problem) throw new Error(problem)
      },
    },
  )
  setHandler(formationStateQuery, (): FormationState => {
    const deadline = formationDeadline(asCandidates(pool), norm.deadlineDays)
    return {
      kind,
      regionId,
      theme,
      pool: ordered(pool).map((entry, index) => ({ ...entry, position: index + 1 })),
      groups: [...groups.values()],
      deadline: deadline === null ? null : new Date(deadline).toISOString(),
      stillNeeded: membersStillNeeded(asCandidates(pool), norm),
      minSize: norm.minSize,
      maxSize: norm.maxSize,
      groupsFormed,
      runNumber,
    }
  })

  norm = await activities.formationNorms(kind)

  /**
   * Places asked for by forming or running groups go first: that is the waiting list.
   * A group that asked gets an answer even when nobody fits (then it knows to go on
   * or wait); its open places stay open until a fitting sign-up fills them.
   */
  async function fillOpenPlaces() {
    for (const group of [...groups.values()]) {
      const mustAnswer = awaitingReply.has(group.groupId)
      if (group.openPlaces <= 0 && !mustAnswer) continue
      const eligible = pool.filter(
        (e) => !(e.excludedGroups ?? []).includes(group.groupId) && !group.memberIds.includes(e.memberId),
      )
      const chosen = candidatesForSlot(asCandidates(eligible), group.slot as Slot, group.openPlaces).map((c) =>
        eligible.find((e) => e.memberId === c.memberId)!,
      )
      if (chosen.length === 0 && !mustAnswer) continue
      awaitingReply.delete(group.groupId)
      removeFromPool(chosen)
      try {
        await getExternalWorkflowHandle(groupWorkflowId(group.groupId)).signal(membersAddedSignal, { entries: chosen })
      } catch {
        // The group has ended meanwhile: its places are gone, its candidates come back.
        pool.push(...chosen)
        groups.delete(group.groupId)
        sentTo.delete(group.groupId)
        continue
      }
      group.openPlaces -= chosen.length
      group.memberIds = [...group.memberIds, ...chosen.map((e) => e.memberId)]
      const sent = sentTo.get(group.groupId) ?? new Set<string>()
      chosen.forEach((e) => sent.add(e.memberId))
      sentTo.set(group.groupId, sent)
    }
  }

  function removeFromPool(entries: PoolEntry[]) {
    for (const entry of entries) {
      const index = pool.findIndex((e) => e.signupId === entry.signupId)
      if (index >= 0) pool.splice(index, 1)
    }
  }

  async function formGroup(memberIds: string[], slot: string, online: boolean) {
    const entries = memberIds.map((id) => pool.find((e) => e.memberId === id)!)
    removeFromPool(entries)
    groupsFormed += 1
    const groupId = await activities.createProposedGroup({
      formationRef: `${workflowInfo().workflowId}#${chainId}#${groupsFormed}`,
      kind,
      regionId,
      theme,
      slot,
      online,
      signupIds: entries.map((e) => e.signupId),
    })
    groups.set(groupId, { groupId, slot, status: 'confirming', memberIds, confirmed: 0, openPlaces: 0, stillNeeded: 0 })
    await startChild(groupLifecycle, {
      workflowId: groupWorkflowId(groupId),
      args: [
        {
          groupId,
          formationWorkflowId: workflowInfo().workflowId,
          kind,
          slot,
          targetSize: entries.length,
          members: entries,
        },
      ],
      // The group outlives this run of the pool (continue-as-new) and talks to it by id.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    })
  }

  for (;;) {
    changed = false
    await fillOpenPlaces()
    const decision = decideQuorum(asCandidates(pool), norm, Date.now(), norm.deadlineDays)
    if (decision.form) {
      await formGroup(decision.choice.memberIds, decision.choice.slot, decision.choice.online)
      continue
    }
    if (workflowInfo().historyLength >= historyLimit || workflowInfo().continueAsNewSuggested) break
    if (pool.length === 0 && groups.size === 0) {
      // Nothing waits and no group depends on this pool: close after a quiet period.
      if (!(await condition(() => changed, IDLE_BEFORE_CLOSING))) {
        await condition(allHandlersFinished)
        if (pool.length === 0 && groups.size === 0) return
      }
      continue
    }
    const deadline = formationDeadline(asCandidates(pool), norm.deadlineDays)
    const untilDeadline = deadline !== null && deadline > Date.now() ? deadline - Date.now() : undefined
    if (untilDeadline === undefined) await condition(() => changed)
    else await condition(() => changed, untilDeadline)
  }

  await condition(allHandlersFinished)
  await continueAsNew<typeof groupFormation>({
    kind,
    regionId,
    theme,
    pool,
    groups: [...groups.values()],
    groupsFormed,
    chainId,
    inFlight: Object.fromEntries([...sentTo].map(([groupId, ids]) => [groupId, [...ids]])),
    awaitingReply: [...awaitingReply],
    runNumber,
    historyLimit: input.historyLimit,
  })
}

const ordered = (pool: readonly PoolEntry[]) =>
  [...pool].sort((a, b) => a.signedUpAt.localeCompare(b.signedUpAt) || a.memberId.localeCompare(b.memberId))

const asCandidates = (pool: readonly PoolEntry[]): Candidate[] =>
  pool.map((e) => ({
    memberId: e.memberId,
    availability: e.availability,
    onlineAllowed: e.onlineAllowed,
    signedUpAt: e.signedUpAt,
  }))
