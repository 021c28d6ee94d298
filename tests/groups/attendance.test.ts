import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { recordAttendance, respondAsSupervisor, respondToGroup } from '../../workflows/group/client'
import { certificationHelpers, createTraining, therapist as certTherapist, trainer } from '../certification/setup'
import { eventually } from '../helpers/eventually'
import { createRegion } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'
import { type Therapist, groupHelpers, setGroupSettings, supervisor, therapists } from './helpers'

/**
 * Attendance → certification, in its own file with its own time-skipping server. Its
 * sleeps (29 + 15 days) used to move the one clock shared by every workflow of the
 * formation tests: lapsed proposals there were released and re-proposed every 7
 * skipped days, each round with activities and mails in real time, so the sleep took
 * longer than the test's 60 s under a full run. Here the clock moves only this test's
 * workflows.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let h: ReturnType<typeof groupHelpers>

beforeAll(async () => {
  payload = await testPayload()
  await setGroupSettings(payload, uniqueEmail('staff'))
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

async function signUpAll(people: Therapist[], body: Parameters<typeof h.signUp>[1]) {
  for (const person of people) await h.signUp(person, body)
}

async function confirmAll(groupId: string, people: Therapist[]) {
  for (const person of people) {
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
    expect((await respondToGroup(env.client, groupId, person.memberId, true)).ok).toBe(true)
  }
}

describe('group attendance', () => {
  it('attendance recorded by the supervisor reaches the certification workflow (supervision-hours step)', async () => {
    const region = String((await createRegion(payload)).id)
    const sup = await supervisor(payload, [region])
    const cert = certificationHelpers(payload, env)
    const teacher = await trainer(payload)
    const training = await createTraining(
      payload,
      [teacher.id],
      [{ kind: 'supervision-hours', title: '20 uur supervisie', target: 20 }],
    )
    const enrolled = await certTherapist(payload, region)
    const enrollmentId = await cert.enrol(enrolled, String(training.id))
    await cert.statusReached(enrollmentId, 'active')
    const [other] = await therapists(payload, region, 1)
    const people: Therapist[] = [{ memberId: enrolled.memberId!, userId: enrolled.id, email: enrolled.email }, other!]

    await signUpAll(people, supervisionBody(region, ['vr-ochtend']))
    await env.sleep('29 days')
    const groupId = String((await h.waitForGroups(region, 1))[0]!.id)
    await confirmAll(groupId, people)
    await eventually(async () => ((await h.groupState(groupId)).supervisor.offeredTo ? true : null))
    await respondAsSupervisor(env.client, groupId, sup.userId, true)
    const scheduled = await h.waitForPhase(groupId, 'scheduled')
    expect(scheduled.sessions[0]!.durationMinutes).toBe(90)

    const early = await recordAttendance(env.client, groupId, {
      sessionIndex: 0,
      presentMemberIds: [people[0]!.memberId],
      recordedBy: sup.userId,
    })
    expect(early).toMatchObject({ ok: false, status: 409 })
    await env.sleep('15 days')
    const recorded = await recordAttendance(env.client, groupId, {
      sessionIndex: 0,
      presentMemberIds: people.map((p) => p.memberId),
      recordedBy: sup.userId,
    })
    expect(recorded.ok).toBe(true)
    const again = await recordAttendance(env.client, groupId, {
      sessionIndex: 0,
      presentMemberIds: people.map((p) => p.memberId),
      recordedBy: sup.userId,
    })
    expect(again).toMatchObject({ ok: false, status: 409 })

    const progress = await eventually(
      async () => {
        const p = await cert.progress(enrollmentId)
        return p.steps.find((s) => s.kind === 'supervision-hours')!.count > 0 ? p : null
      },
      20_000,
      'supervision hours credited',
    )
    expect(progress.steps.find((s) => s.kind === 'supervision-hours')!.count).toBe(1.5)
    const doc = await payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true })
    expect(doc.sessions![0]!.present).toHaveLength(2)
    expect(doc.sessions![0]!.attendanceRecordedBy).toBe(sup.userId)
  }, 120_000)
})
