import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { enrolInTraining } from '../../cms/endpoints/certification/enrol'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'

/**
 * The certification access rules (cms/access/trainingRecordsRead,
 * isAdminOrTrainerOfTraining), each with an allowed and a denied case, through the
 * Local API with overrideAccess: false. Step actions are covered in certification.test.ts.
 */
type User = Awaited<ReturnType<typeof createUser>> & { collection: 'users' }
let payload: Payload
const u = {} as Record<'admin' | 'trainer' | 'otherTrainer' | 'therapist' | 'otherTherapist', User>
const ids = {} as Record<string, string>
const as = (user: User) => ({ overrideAccess: false, user }) as const
const asUser = (user: Awaited<ReturnType<typeof createUser>>): User => ({ ...user, collection: 'users' })

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  u.admin = asUser(await createUser(payload, ['admin']))
  u.trainer = asUser(await createUser(payload, ['trainer']))
  u.otherTrainer = asUser(await createUser(payload, ['trainer']))
  u.therapist = asUser(await createUser(payload, ['therapist']))
  u.otherTherapist = asUser(await createUser(payload, ['therapist']))
  ids.member = String((await createMember(payload, String(u.therapist.id), region)).id)
  ids.otherMember = String((await createMember(payload, String(u.otherTherapist.id), region)).id)
  const training = (title: string, trainer: User) =>
    payload.create({
      collection: 'trainings',
      data: {
        title,
        summary: 'x',
        format: 'online',
        capacity: 5,
        trainers: [trainer.id],
        steps: [{ kind: 'elearning', title: 'E-learning' }],
      },
      overrideAccess: true,
    })
  ids.training = String((await training('Van trainer', u.trainer)).id)
  ids.otherTraining = String((await training('Van een ander', u.otherTrainer)).id)
  ids.enrollment = String(
    (
      await payload.create({
        collection: 'enrollments',
        data: { training: ids.training, member: ids.member, status: 'active' },
        overrideAccess: true,
      })
    ).id,
  )
  ids.otherEnrollment = String(
    (
      await payload.create({
        collection: 'enrollments',
        data: { training: ids.otherTraining, member: ids.otherMember, status: 'active' },
        overrideAccess: true,
      })
    ).id,
  )
  ids.certificate = String(
    (
      await payload.create({
        collection: 'certificates',
        data: {
          number: `DT-T-${Date.now()}`,
          member: ids.member,
          training: ids.training,
          issuedAt: new Date().toISOString(),
          validUntil: new Date(Date.now() + 1e10).toISOString(),
          status: 'valid',
        },
        overrideAccess: true,
      })
    ).id,
  )
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

const visible = async (collection: 'enrollments' | 'certificates', user: User) =>
  (await payload.find({ collection, ...as(user), depth: 0 })).docs.map((d) => String(d.id))

describe('enrolments (trainingRecordsRead)', () => {
  it('a trainer sees the enrolments of their own trainings only', async () => {
    expect(await visible('enrollments', u.trainer)).toEqual([ids.enrollment])
    expect(await visible('enrollments', u.otherTrainer)).toEqual([ids.otherEnrollment])
  })

  it('a therapist sees their own enrolment, not another’s', async () => {
    expect(await visible('enrollments', u.therapist)).toEqual([ids.enrollment])
    expect(await visible('enrollments', u.otherTherapist)).not.toContain(ids.enrollment)
  })

  it('nobody, staff included, writes an enrolment directly; the workflow does (overrideAccess)', async () => {
    await expect(
      payload.update({ collection: 'enrollments', id: ids.enrollment, data: { percent: 100 }, ...as(u.trainer) }),
    ).rejects.toThrow()
    await expect(
      payload.update({ collection: 'enrollments', id: ids.enrollment, data: { percent: 10 }, ...as(u.admin) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: 'enrollments', id: ids.enrollment, data: { percent: 10 }, overrideAccess: true }),
    ).resolves.toMatchObject({ percent: 10 })
  })
})

describe('certificates (trainingRecordsRead)', () => {
  it('the holder and the trainer of the training see the certificate; others do not', async () => {
    expect(await visible('certificates', u.therapist)).toEqual([ids.certificate])
    expect(await visible('certificates', u.trainer)).toEqual([ids.certificate])
    expect(await visible('certificates', u.otherTherapist)).toEqual([])
    expect(await visible('certificates', u.otherTrainer)).toEqual([])
  })
})

describe('trainings (isAdminOrTrainerOfTraining)', () => {
  it('a trainer edits their own training, not another trainer’s', async () => {
    await expect(
      payload.update({ collection: 'trainings', id: ids.training, data: { capacity: 6 }, ...as(u.trainer) }),
    ).resolves.toMatchObject({ capacity: 6 })
    await expect(
      payload.update({ collection: 'trainings', id: ids.otherTraining, data: { capacity: 6 }, ...as(u.trainer) }),
    ).rejects.toThrow()
  })
})

describe('enrolling (the HTTP edge)', () => {
  it('a trainer without a therapist profile cannot enrol; a pending therapist neither', async () => {
    const start = async () => ({ workflowId: 'not-started' })
    expect(await enrolInTraining(payload, u.trainer, { training: ids.training }, start)).toMatchObject({
      ok: false,
      status: 403,
    })
    const pending = await createUser(payload, ['therapist'])
    await createMember(payload, String(pending.id), String((await createRegion(payload)).id), 'pending')
    expect(await enrolInTraining(payload, pending, { training: ids.training }, start)).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringContaining('goedgekeurd'),
    })
    expect(await enrolInTraining(payload, u.otherTherapist, { training: 'bestaat-niet' }, start)).toMatchObject({
      ok: false,
      status: 404,
    })
  })
})
