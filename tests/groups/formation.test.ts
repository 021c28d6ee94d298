import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { placesOf } from '../../src/store/places'
import {
  assignSupervisorByStaff,
  dropOutOfGroup,
  respondAsSupervisor,
  respondToGroup,
} from '../../workflows/group/client'
import { signUpForGroup } from '../../cms/endpoints/groups/signUpForGroup'
import { formationWorkflowId } from '../../workflows/group-formation/messages'
import { eventually } from '../helpers/eventually'
import { createRegion, createUser } from '../helpers/factories'
import { uniqueEmail, waitForMail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import { type Therapist, groupHelpers, setGroupSettings, supervisor, therapists } from './helpers'

let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let staffEmail: string
let staffId: string
let h: ReturnType<typeof groupHelpers>

beforeAll(async () => {
  payload = await testPayload()
  staffEmail = uniqueEmail('staff')
  staffId = String((await createUser(payload, ['admin'], { email: staffEmail })).id)
  await setGroupSettings(payload, staffEmail)
}, 120_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
  h = groupHelpers(payload, env)
}, 60_000)

afterEach(() => world?.stop())

const supervisionBody = (region: string, availability = ['di-middag']) => ({
  kind: 'supervision' as const,
  region,
  theme: 'emdr' as const,
  availability,
  onlineAllowed: true,
})
const intervisionBody = (region: string, availability = ['do-ochtend']) => ({
  kind: 'intervision' as const,
  region,
  theme: 'gezinsbehandeling' as const,
  availability,
  onlineAllowed: false,
})

async function signUpAll(people: Therapist[], body: Parameters<typeof h.signUp>[1]) {
  const ids: string[] = []
  for (const person of people) ids.push((await h.signUp(person, body)).signupId)
  return ids
}

async function confirmAll(groupId: string, people: Therapist[]) {
  for (const person of people) {
    // The group workflow registers its proposals just after the group document exists.
    await eventually(
      async () =>
        (await h.groupState(groupId).catch(() => null))?.participants.some(
          (p) => p.memberId === person.memberId && p.status === 'pending',
        )
          ? true
          : null,
      20_000,
      'proposal',
    )
    const result = await respondToGroup(env.client, groupId, person.memberId, true)
    expect(result.ok).toBe(true)
  }
}

describe('group formation', () => {
  it('quorum by size: four supervisees with a shared time form a group at once; confirmed, supervised and scheduled by the LVSC norm', async () => {
    const region = String((await createRegion(payload)).id)
    const sup = await supervisor(payload, [region])
    const people = await therapists(payload, region, 4)
    const signups = await signUpAll(people, supervisionBody(region, ['di-middag', 'wo-ochtend']))

    const [group] = await h.waitForGroups(region, 1)
    const groupId = String(group!.id)
    await waitForMail(people[0]!.email, /Bevestig je plek/)
    expect(await h.signupStatus(signups[0]!)).toBe('proposed')
    await confirmAll(groupId, people)

    await h.waitForPhase(groupId, 'seeking-supervisor')
    await waitForMail(sup.email, /Wil je deze supervisiegroep begeleiden/)
    expect((await respondAsSupervisor(env.client, groupId, sup.userId, true)).ok).toBe(true)

    await h.waitForPhase(groupId, 'scheduled')
    const doc = await payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true })
    expect(doc.status).toBe('confirmed')
    expect(doc.supervisor).toBe(sup.userId)
    expect(doc.members).toHaveLength(4)
    expect(doc.sessions).toHaveLength(10)
    expect(doc.sessions!.every((s) => s.durationMinutes === 150)).toBe(true)
    const gaps = doc
      .sessions!.slice(1)
      .map((s, i) => (Date.parse(s.startsAt) - Date.parse(doc.sessions![i]!.startsAt)) / 86_400_000)
    gaps.forEach((days) => expect(Math.round(days)).toBe(14))
    const mail = await waitForMail(people[2]!.email, /Je groep staat/)
    expect(mail.text).toContain('150 minuten')
    await waitForMail(sup.email, /Je groep staat/)
    expect(await h.signupStatus(signups[3]!)).toBe('placed')
    const pool = await h.poolState(supervisionBody(region))
    expect(pool.pool).toHaveLength(0)
    expect(pool.groupsFormed).toBe(1)
  })

  it('quorum by deadline: three intervision sign-ups form a group four weeks after the first, not before', async () => {
    const region = String((await createRegion(payload)).id)
    const people = await therapists(payload, region, 3)
    await signUpAll(people, intervisionBody(region))
    const state = await eventually(async () => {
      const s = await h.poolState(intervisionBody(region))
      return s.pool.length === 3 ? s : null
    })
    expect(state.stillNeeded).toBe(0)
    expect(state.deadline).not.toBeNull()

    await env.sleep('27 days')
    expect(await h.groupsIn(region)).toHaveLength(0)
    await env.sleep('2 days')
    const [group] = await h.waitForGroups(region, 1)
    await eventually(async () => ((await h.groupsIn(region))[0]!.proposedMembers?.length === 3 ? true : null))
    expect(group!.slot).toBe('do-ochtend')
  })

  it('not enough at the deadline: the pool keeps waiting ("nog 1 deelnemer nodig") and forms once the minimum is there', async () => {
    const region = String((await createRegion(payload)).id)
    const people = await therapists(payload, region, 3)
    await signUpAll(people.slice(0, 2), intervisionBody(region))
    await env.sleep('29 days')
    const waiting = await h.poolState(intervisionBody(region))
    expect(waiting.pool.map((e) => e.position)).toEqual([1, 2])
    expect(waiting.stillNeeded).toBe(1)
    expect(await h.groupsIn(region)).toHaveLength(0)

    await h.signUp(people[2]!, intervisionBody(region))
    await h.waitForGroups(region, 1)
    await eventually(async () => ((await h.groupsIn(region))[0]!.proposedMembers?.length === 3 ? true : null))
  })

  it('a supervisor declines → the group is offered to the next supervisor', async () => {
    const region = String((await createRegion(payload)).id)
    const first = await supervisor(payload, [region])
    const second = await supervisor(payload, [region])
    const people = await therapists(payload, region, 4)
    await signUpAll(people, supervisionBody(region))
    const groupId = String((await h.waitForGroups(region, 1))[0]!.id)
    await confirmAll(groupId, people)

    const offered = await eventually(async () => (await h.groupState(groupId)).supervisor.offeredTo ?? null)
    const [asked, next] = offered === first.userId ? [first, second] : [second, first]
    expect((await respondAsSupervisor(env.client, groupId, next.userId, true)).ok).toBe(false)
    expect((await respondAsSupervisor(env.client, groupId, asked.userId, false)).ok).toBe(true)

    await eventually(async () => ((await h.groupState(groupId)).supervisor.offeredTo === next.userId ? true : null))
    await waitForMail(next.email, /Wil je deze supervisiegroep begeleiden/)
    expect((await respondAsSupervisor(env.client, groupId, next.userId, true)).ok).toBe(true)
    await h.waitForPhase(groupId, 'scheduled')
    const doc = await payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true })
    expect(doc.supervisor).toBe(next.userId)
    expect(doc.supervisorOffers!.map((o) => o.status)).toEqual(['declined', 'accepted'])
    const profile = (
      await payload.find({
        collection: 'supervisor-profiles',
        where: { user: { equals: next.userId } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect(await placesOf(payload, 'groups', String(profile.id))).toMatchObject({
      capacity: profile.maxGroups,
      free: profile.maxGroups - 1,
      claims: [groupId],
    })
  })

  it('no supervisor in or near the region → staff are told, and can assign one', async () => {
    const region = String((await createRegion(payload)).id)
    const people = await therapists(payload, region, 4)
    await signUpAll(people, supervisionBody(region))
    const groupId = String((await h.waitForGroups(region, 1))[0]!.id)
    await confirmAll(groupId, people)

    await h.waitForPhase(groupId, 'waiting-for-staff')
    const mail = await waitForMail(staffEmail, /Geen supervisor gevonden/)
    expect(mail.text).toContain('Wijs in het beheer een supervisor toe')
    const external = await createUser(payload, ['supervisor'])
    expect((await assignSupervisorByStaff(env.client, groupId, String(external.id), staffId)).ok).toBe(true)
    await h.waitForPhase(groupId, 'scheduled')
    expect(
      (await payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true })).supervisor,
    ).toBe(String(external.id))
  })

  it('a member who does not confirm in time goes back to the pool and is replaced from it', async () => {
    const region = String((await createRegion(payload)).id)
    await supervisor(payload, [region])
    const people = await therapists(payload, region, 5)
    const signups = await signUpAll(people, supervisionBody(region))
    const groupId = String((await h.waitForGroups(region, 1))[0]!.id)
    await confirmAll(groupId, people.slice(0, 3))

    await env.sleep('169 hours')
    await eventually(
      async () => ((await h.signupStatus(signups[3]!)) === 'waiting' ? true : null),
      20_000,
      'lapsed sign-up back on the waiting list',
    )
    await waitForMail(people[3]!.email, /vervallen/)
    await waitForMail(people[4]!.email, /Bevestig je plek/)
    expect((await respondToGroup(env.client, groupId, people[3]!.memberId, true)).ok).toBe(false)
    expect((await respondToGroup(env.client, groupId, people[4]!.memberId, true)).ok).toBe(true)

    await h.waitForPhase(groupId, 'seeking-supervisor')
    const state = await h.groupState(groupId)
    expect(
      state.participants
        .filter((p) => p.status === 'confirmed')
        .map((p) => p.memberId)
        .sort(),
    ).toEqual([0, 1, 2, 4].map((i) => people[i]!.memberId).sort())
    const pool = await h.poolState(supervisionBody(region))
    expect(pool.pool.map((e) => e.memberId)).toEqual([people[3]!.memberId])
    expect(pool.pool[0]!.excludedGroups).toEqual([groupId])
  })

  it('20 concurrent sign-ups → one pool, no member in two groups', async () => {
    const region = String((await createRegion(payload)).id)
    const people = await therapists(payload, region, 20)
    const now = new Date(await env.currentTimeMs())
    const body = intervisionBody(region)
    const results = await Promise.all([
      ...people.map((person) => signUpForGroup(payload, env.client, person.memberId, body, now)),
      signUpForGroup(payload, env.client, people[0]!.memberId, body, now),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(20)
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, status: 409, message: 'Je staat al op de wachtlijst voor deze groep.' },
    ])
    expect(new Set(results.filter((r) => r.ok).map((r) => (r as { workflowId: string }).workflowId)).size).toBe(1)

    const groups = await h.waitForGroups(region, 2)
    await eventually(async () =>
      (await h.groupsIn(region)).every((g) => (g.proposedMembers?.length ?? 0) === 8) ? true : null,
    )
    const members = (await h.groupsIn(region)).flatMap((g) => g.proposedMembers as string[])
    expect(groups).toHaveLength(2)
    expect(members).toHaveLength(16)
    expect(new Set(members).size).toBe(16)
    const pool = await h.poolState(body)
    expect(pool.pool).toHaveLength(4)
    expect(pool.pool.some((e) => members.includes(e.memberId))).toBe(false)
  })

  it('dropping out of a running group frees a place that the waiting list fills', async () => {
    const region = String((await createRegion(payload)).id)
    const sup = await supervisor(payload, [region])
    const people = await therapists(payload, region, 5)
    const signups = await signUpAll(people.slice(0, 4), supervisionBody(region))
    const groupId = String((await h.waitForGroups(region, 1))[0]!.id)
    await confirmAll(groupId, people.slice(0, 4))
    await eventually(async () => ((await h.groupState(groupId)).supervisor.offeredTo ? true : null))
    await respondAsSupervisor(env.client, groupId, sup.userId, true)
    await h.waitForPhase(groupId, 'scheduled')
    const late = await h.signUp(people[4]!, supervisionBody(region))

    expect((await dropOutOfGroup(env.client, groupId, people[1]!.memberId)).ok).toBe(true)
    expect(await h.signupStatus(signups[1]!)).toBe('dropped-out')
    await waitForMail(people[4]!.email, /Bevestig je plek/)
    expect((await respondToGroup(env.client, groupId, people[4]!.memberId, true)).ok).toBe(true)
    await eventually(async () => ((await h.signupStatus(late.signupId)) === 'placed' ? true : null))
    await waitForMail(people[4]!.email, /Je groep staat/)
    const doc = await payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true })
    expect((doc.members as string[]).sort()).toEqual([0, 2, 3, 4].map((i) => people[i]!.memberId).sort())
  })

  it('a pool that closed after its quiet period and starts again for a new sign-up forms a new group document, not the old one', async () => {
    const region = String((await createRegion(payload)).id)
    const body = intervisionBody(region)
    const first = await therapists(payload, region, 3)
    await signUpAll(first, body)
    await env.sleep('29 days')
    const oldGroupId = String((await h.waitForGroups(region, 1))[0]!.id)
    await confirmAll(oldGroupId, first)
    await h.waitForPhase(oldGroupId, 'scheduled')
    // The group meets for a year and closes; the empty pool closes after 60 quiet days.
    const pool = env.client.workflow.getHandle(
      formationWorkflowId({ kind: body.kind, regionId: region, theme: body.theme }),
    )
    await env.sleep('500 days')
    await eventually(
      async () => ((await pool.describe()).status.name === 'COMPLETED' ? true : null),
      20_000,
      'the idle pool closed',
    )
    const oldBefore = await payload.findByID({ collection: 'groups', id: oldGroupId, depth: 0, overrideAccess: true })

    const second = await therapists(payload, region, 3)
    await signUpAll(second, body)
    await env.sleep('29 days')
    const groups = await h.waitForGroups(region, 2, 'a second group document')
    const fresh = groups.find((group) => String(group.id) !== oldGroupId)!
    expect(fresh.formationRef).not.toBe(oldBefore.formationRef)
    await eventually(
      async () => ((await h.groupState(String(fresh.id)).catch(() => null))?.participants.length === 3 ? true : null),
      20_000,
      'the new group proposes its members',
    )
    const old = await payload.findByID({ collection: 'groups', id: oldGroupId, depth: 0, overrideAccess: true })
    expect(old.status).toBe(oldBefore.status)
    expect(((old.proposedMembers as string[] | undefined) ?? []).map(String).sort()).toEqual(
      ((oldBefore.proposedMembers as string[] | undefined) ?? []).map(String).sort(),
    )
  }, 240_000)
})
