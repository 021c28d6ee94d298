import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { signUpForGroup, type GroupSignUpInput } from '../../cms/endpoints/groups/signUpForGroup'
import { formationStateQuery, formationWorkflowId } from '../../workflows/group-formation/messages'
import { groupStateQuery, groupWorkflowId } from '../../workflows/group/messages'
import { eventually } from '../helpers/eventually'
import { createMember, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'

export type Therapist = { memberId: string; userId: string; email: string }

export async function therapists(payload: Payload, regionId: string, count: number): Promise<Therapist[]> {
  const made: Therapist[] = []
  for (let i = 0; i < count; i++) {
    const email = uniqueEmail(`groep${i}`)
    const user = await createUser(payload, ['therapist'], { email })
    const member = await createMember(payload, String(user.id), regionId, 'active')
    made.push({ memberId: String(member.id), userId: String(user.id), email })
  }
  return made
}

export async function supervisor(payload: Payload, regionIds: string[], maxGroups = 2) {
  const email = uniqueEmail('supervisor')
  const user = await createUser(payload, ['supervisor'], { email })
  await payload.create({
    collection: 'supervisor-profiles',
    data: { displayName: `Supervisor ${email}`, user: user.id, regions: regionIds, maxGroups },
    overrideAccess: true,
  })
  return { userId: String(user.id), email }
}

/** The group norms every group test runs with (the defaults of domain.md), staff mail to `staffEmail`. */
export async function setGroupSettings(payload: Payload, staffEmail: string) {
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      groups: {
        supervision: {
          minSize: 2,
          maxSize: 4,
          sessions: 10,
          intervalWeeks: 2,
          minutesFor1: 60,
          minutesFor2: 90,
          minutesFor3: 120,
          minutesFor4: 150,
        },
        intervision: { minSize: 3, maxSize: 8, meetingsPerYear: 4, minutes: 90 },
        formationDeadlineDays: 28,
        confirmationHours: 168,
        supervisorResponseHours: 72,
        belowMinimumDays: 28,
        closeAfterLastSessionDays: 14,
        staffEmail,
      },
    } as never,
    overrideAccess: true,
  })
}

/** Helpers bound to one test's payload, environment and pool. */
export function groupHelpers(payload: Payload, env: TestWorkflowEnvironment) {
  /** Signs up at the (skipped) time of the Temporal test server, as the portal would at "now". */
  async function signUp(therapist: Therapist, body: GroupSignUpInput) {
    const result = await signUpForGroup(
      payload,
      env.client,
      therapist.memberId,
      body,
      new Date(await env.currentTimeMs()),
    )
    if (!result.ok) throw new Error(`sign-up failed: ${JSON.stringify(result)}`)
    return result
  }
  const poolState = (body: { kind: 'supervision' | 'intervision'; region: string; theme: string }) =>
    env.client.workflow
      .getHandle(formationWorkflowId({ kind: body.kind, regionId: body.region, theme: body.theme }))
      .query(formationStateQuery)
  const groupsIn = async (regionId: string) =>
    (
      await payload.find({
        collection: 'groups',
        where: { region: { equals: regionId } },
        depth: 0,
        limit: 50,
        overrideAccess: true,
        sort: 'createdAt',
      })
    ).docs
  const waitForGroups = (regionId: string, count: number, what = `${count} group(s)`) =>
    eventually(
      async () => {
        const groups = await groupsIn(regionId)
        return groups.length >= count ? groups : null
      },
      20_000,
      what,
    )
  const groupState = (groupId: string) => env.client.workflow.getHandle(groupWorkflowId(groupId)).query(groupStateQuery)
  const waitForPhase = (groupId: string, phase: string) =>
    eventually(
      async () => {
        const state = await groupState(groupId).catch(() => null)
        return state?.phase === phase ? state : null
      },
      20_000,
      `group ${groupId} in phase ${phase}`,
    )
  const signupStatus = async (signupId: string) =>
    (await payload.findByID({ collection: 'group-signups', id: signupId, depth: 0, overrideAccess: true })).status
  const mailKeys = async (prefix: string) =>
    (
      await payload.find({
        collection: 'mail-log',
        where: { key: { like: prefix } },
        limit: 200,
        depth: 0,
        overrideAccess: true,
      })
    ).docs.map((d) => d.key)
  return { signUp, poolState, groupsIn, waitForGroups, groupState, waitForPhase, signupStatus, mailKeys }
}
