import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow'

/**
 * Messages of the group-formation workflow (one long-lived pool per kind + region +
 * theme), shared by workflow, group workflow, client, portal and tests.
 */
export type GroupKind = 'supervision' | 'intervision'

export type FormationKey = { kind: GroupKind; regionId: string; theme: string }

/** One sign-up waiting in the pool. `excludedGroups`: groups this member declined or let lapse. */
export type PoolEntry = {
  signupId: string
  memberId: string
  availability: string[]
  onlineAllowed: boolean
  signedUpAt: string
  excludedGroups?: string[]
}

/** A group formed from this pool that is not finished: shown as "proposed" and may need members. */
export type TrackedGroup = {
  groupId: string
  slot: string
  status: 'confirming' | 'seeking-supervisor' | 'scheduled' | 'running'
  memberIds: string[]
  confirmed: number
  /** Places the group asked this pool to fill (replacements, drop-outs). */
  openPlaces: number
  /** Members still needed to reach the minimum size ("nog 1 deelnemer nodig"). */
  stillNeeded: number
}

export type FormationInput = FormationKey & {
  pool?: PoolEntry[]
  groups?: TrackedGroup[]
  groupsFormed?: number
  /**
   * The first run of this chain of continue-as-new runs. Group references carry it: when an
   * idle pool has closed and a sign-up starts it again, the count restarts at 1 and would
   * otherwise name the old pool's first group.
   */
  chainId?: string
  /** Members sent to a group that the group has not acknowledged yet (per group id): still count against its open places. */
  inFlight?: Record<string, string[]>
  /** Groups that asked for places and still wait for this pool's answer. */
  awaitingReply?: string[]
  runNumber?: number
  /** Continue-as-new once the history has this many events (tests use a small number). */
  historyLimit?: number
}

export type FormationState = FormationKey & {
  pool: (PoolEntry & { position: number })[]
  groups: TrackedGroup[]
  /** When a group forms with the minimum size even if nobody else signs up (ISO), or null. */
  deadline: string | null
  /** How many more sign-ups with a shared time the pool needs before a group can form. */
  stillNeeded: number
  minSize: number
  maxSize: number
  groupsFormed: number
  runNumber: number
}

/** A new sign-up to confirm by mail; `poolSince`: the earliest sign-up in the pool then (the deadline counts from it). */
export type SignupConfirmation = { signupId: string; poolSince: string }

export type WithdrawRequest = { signupId: string; memberId: string }
export type NeedMembers = {
  groupId: string
  slot: string
  status: TrackedGroup['status']
  /** Open places the group wants filled now (0 withdraws an earlier request). */
  count: number
  minSize: number
  /** Pending and confirmed participants. */
  memberIds: string[]
  /** Everyone ever proposed to the group, also who declined: tells the pool what arrived. */
  knownMemberIds: string[]
  confirmed: number
}
export type ReleaseMembers = { groupId: string; entries: PoolEntry[]; exclude: boolean }

export const signUpSignal = defineSignal<[PoolEntry]>('signUp')
export const needMembersSignal = defineSignal<[NeedMembers]>('needMembers')
export const releaseMembersSignal = defineSignal<[ReleaseMembers]>('releaseMembers')
export const groupClosedSignal = defineSignal<[{ groupId: string }]>('groupClosed')
export const withdrawUpdate = defineUpdate<{ withdrawn: true; poolSize: number }, [WithdrawRequest]>('withdraw')
export const formationStateQuery = defineQuery<FormationState>('formationState')

const slugPart = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'algemeen'

/** The business id of a pool: the same kind + region + theme always reaches the same workflow. */
export const formationWorkflowId = ({ kind, regionId, theme }: FormationKey) =>
  `group-formation-${kind}-${regionId}-${slugPart(theme)}`

/** Shared with the HTTP edge: Dutch for the therapist. */
export function withdrawProblem(pool: readonly PoolEntry[], request: WithdrawRequest): string | null {
  const entry = pool.find((e) => e.signupId === request.signupId)
  if (!entry) return 'Deze aanmelding staat niet (meer) op de wachtlijst.'
  if (entry.memberId !== request.memberId) return 'Je kunt alleen je eigen aanmelding intrekken.'
  return null
}
