import type { Client } from '@temporalio/client'
import type { Payload } from 'payload'
import type { Group, User } from '../../cms/payload-types'
import { idOf } from '../../src/domain/ids'
import { GROUP_THEME_VALUES } from '../../src/groups/themes'
import { type PoolSummary, supervisionPools } from '../../workflows/group-formation/client'
import { nameOf } from './format'

type GroupFacts = Pick<Group, 'kind' | 'name' | 'theme' | 'slot' | 'online' | 'status'> & {
  id: string
  regionName: string | null
}

/** A group offered to this supervisor that waits for their answer, with its deadline. */
export type GroupToAnswer = GroupFacts & { respondBy: string | null; participantCount: number }

/** A group this supervisor leads: the participants' names (what leading needs) and the planned sessions. */
export type LedGroup = GroupFacts & {
  participants: { id: string; name: string }[]
  sessions: { index: number; startsAt: string; durationMinutes: number; attendanceRecorded: boolean }[]
}

export type SupervisorOverview = {
  toAnswer: GroupToAnswer[]
  leading: LedGroup[]
  pools: (PoolSummary & { regionName: string })[]
}

/**
 * What the Groepen page shows a supervisor: first the groups waiting for their answer
 * (soonest deadline first), then the groups they lead, then the supervision pools forming
 * in their regions (counts only). Groups, names and regions are read through Payload's
 * access rules as this user; the pools come from the formation workflows of the regions in
 * the supervisor's own profile (read the same way), and only their counts leave here.
 */
export async function supervisorOverview(
  payload: Payload,
  user: User,
  client: Client | null,
): Promise<SupervisorOverview> {
  const as = { overrideAccess: false, user } as const
  const userId = String(user.id)
  const [groups, profiles] = await Promise.all([
    payload.find({
      collection: 'groups',
      where: { or: [{ supervisor: { equals: userId } }, { offeredSupervisors: { in: [userId] } }] },
      select: {
        name: true,
        kind: true,
        theme: true,
        region: true,
        slot: true,
        online: true,
        status: true,
        supervisor: true,
        supervisorOffers: true,
        participants: true,
        members: true,
        sessions: true,
      },
      populate: { regions: { name: true }, members: { displayName: true } },
      depth: 1,
      limit: 100,
      ...as,
    }),
    payload.find({
      collection: 'supervisor-profiles',
      where: { user: { equals: userId } },
      select: { regions: true },
      populate: { regions: { name: true } },
      depth: 1,
      limit: 1,
      ...as,
    }),
  ])

  const facts = (group: Omit<Group, 'createdAt' | 'updatedAt'>): GroupFacts => ({
    id: String(group.id),
    name: group.name,
    kind: group.kind,
    theme: group.theme,
    slot: group.slot,
    online: group.online,
    status: group.status,
    regionName: nameOf(group.region),
  })

  const toAnswer: GroupToAnswer[] = []
  const leading: LedGroup[] = []
  for (const group of groups.docs) {
    if (idOf(group.supervisor) === userId) {
      leading.push({
        ...facts(group),
        participants: (group.members ?? []).map((m) => ({
          id: String(idOf(m)),
          name: nameOf(m, 'displayName') ?? '—',
        })),
        sessions: (group.sessions ?? []).map((s, index) => ({
          index,
          startsAt: s.startsAt,
          durationMinutes: s.durationMinutes,
          attendanceRecorded: Boolean(s.attendanceRecordedAt),
        })),
      })
      continue
    }
    const offer = [...(group.supervisorOffers ?? [])]
      .reverse()
      .find((o) => idOf(o.supervisor) === userId && o.status === 'offered')
    if (!offer) continue
    toAnswer.push({
      ...facts(group),
      respondBy: offer.respondBy ?? null,
      participantCount: (group.participants ?? []).filter((p) => p.status === 'confirmed').length,
    })
  }
  // FerretDB does not sort: in memory, soonest deadline first; running groups before finished ones.
  toAnswer.sort((a, b) => (a.respondBy ?? '9').localeCompare(b.respondBy ?? '9'))
  leading.sort((a, b) => Number(isOver(a)) - Number(isOver(b)) || a.name.localeCompare(b.name))

  const regions = (profiles.docs[0]?.regions ?? []).map((r) => ({ id: String(idOf(r)), name: nameOf(r) ?? '—' }))
  const pools = await supervisionPools(
    client,
    regions.map((r) => r.id),
    GROUP_THEME_VALUES,
  )
  return {
    toAnswer,
    leading,
    pools: pools.map((pool) => ({ ...pool, regionName: regions.find((r) => r.id === pool.regionId)!.name })),
  }
}

const isOver = (group: GroupFacts) => group.status === 'finished' || group.status === 'cancelled'
