import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createCertificationActivities } from '../../workflows/certification/activities'
import type { CertificationContext } from '../../workflows/certification/messages'
import { createRegion } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { createTraining, therapist, trainer } from './setup'

const RACERS = 30

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

/** An enrolment whose steps are done, as the workflow has it when it issues the certificate. */
async function finishedEnrolment(): Promise<CertificationContext> {
  const region = await createRegion(payload)
  const person = await therapist(payload, String(region.id))
  const teacher = await trainer(payload)
  const training = await createTraining(payload, [teacher.id], [{ kind: 'elearning', title: 'Module 1' }])
  const enrollment = await payload.create({
    collection: 'enrollments',
    data: { training: training.id, member: person.memberId!, status: 'active' },
    overrideAccess: true,
  })
  return {
    enrollmentId: String(enrollment.id),
    trainingId: String(training.id),
    trainingTitle: training.title,
    memberId: person.memberId!,
    validityYears: 5,
    renewalCredits: 50,
  }
}

describe('issueCertificate', () => {
  it(`${RACERS} concurrent attempts for one enrolment issue one certificate and all return it`, async () => {
    const context = await finishedEnrolment()
    const acts = createCertificationActivities(payload)
    const issuedAt = new Date().toISOString()
    const refs = await Promise.all(Array.from({ length: RACERS }, () => acts.issueCertificate(context, issuedAt)))

    const stored = await payload.find({
      collection: 'certificates',
      where: { enrollment: { equals: context.enrollmentId } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(stored.docs).toHaveLength(1)
    expect(new Set(refs.map((ref) => ref.id))).toEqual(new Set([String(stored.docs[0]!.id)]))
    expect(new Set(refs.map((ref) => ref.number))).toEqual(new Set([stored.docs[0]!.number]))
  })

  it('the database refuses a second certificate for an enrolment, also from outside the workflow', async () => {
    const context = await finishedEnrolment()
    const first = await createCertificationActivities(payload).issueCertificate(context, new Date().toISOString())
    await expect(
      payload.create({
        collection: 'certificates',
        data: {
          number: `X-${first.number}`,
          member: context.memberId,
          training: context.trainingId,
          enrollment: context.enrollmentId,
          issuedAt: first.issuedAt,
          validUntil: first.validUntil,
          status: 'valid',
        },
        overrideAccess: true,
      }),
    ).rejects.toThrow()
  })

  it('certificates without an enrolment (added by staff or the seed) do not collide', async () => {
    const context = await finishedEnrolment()
    const data = {
      member: context.memberId,
      training: context.trainingId,
      issuedAt: new Date().toISOString(),
      validUntil: new Date(Date.now() + 86_400_000).toISOString(),
      status: 'valid' as const,
    }
    await payload.create({
      collection: 'certificates',
      data: { ...data, number: `HAND-${context.enrollmentId}-1` },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'certificates',
      data: { ...data, number: `HAND-${context.enrollmentId}-2` },
      overrideAccess: true,
    })
    const stored = await payload.count({
      collection: 'certificates',
      where: { number: { like: `HAND-${context.enrollmentId}` } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(2)
  })
})
