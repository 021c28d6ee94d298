import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { backfillCertifiedMethods } from '../../cms/seed/certifiedMethods'
import { modelOf } from '../../src/store/modelOf'
import { createCertificationActivities } from '../../workflows/certification/activities'
import type { CertificationContext } from '../../workflows/certification/messages'
import { candidateWheres, loadCandidates } from '../../src/store/candidates'
import { createRegion } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { createTraining, therapist, trainer } from './setup'

/**
 * "Certified for" against concurrent writers: certifications of several methods at once, a
 * retried activity, and profile edits through Payload (which writes the whole profile). Read
 * the way matching reads it, so the test asks what ranking would score.
 */
const METHODS = 5
const EDITS = 20

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

async function certifiedAsMatchingSeesIt(regionId: string, memberId: string): Promise<string[]> {
  const candidates = await loadCandidates(payload, candidateWheres([regionId], 'own'))
  const candidate = candidates.find((c) => c.id === memberId)
  if (!candidate) throw new Error(`member ${memberId} is no candidate in region ${regionId}`)
  return [...candidate.certifiedMethods].sort()
}

/** A member with one finished enrolment per method, as the workflow has them when it adds the method. */
async function memberWithFinishedTrainings(methodCount: number) {
  const region = await createRegion(payload)
  const person = await therapist(payload, String(region.id))
  const teacher = await trainer(payload)
  const methods: string[] = []
  const contexts: CertificationContext[] = []
  for (let i = 0; i < methodCount; i++) {
    const method = await payload.create({
      collection: 'expertise',
      data: { name: `Methode ${i} ${Math.random().toString(36).slice(2, 7)}`, kind: 'method' },
      overrideAccess: true,
    })
    methods.push(String(method.id))
    const training = await createTraining(payload, [teacher.id], [{ kind: 'elearning', title: 'Module' }], {
      method: String(method.id),
    })
    contexts.push({
      enrollmentId: `enrolment-${i}`,
      trainingId: String(training.id),
      trainingTitle: training.title,
      memberId: person.memberId!,
      validityYears: 5,
      renewalCredits: 50,
    })
  }
  return { regionId: String(region.id), memberId: person.memberId!, methods: methods.sort(), contexts }
}

describe('certified methods under concurrent writers', () => {
  it(`${METHODS} certifications at once, during ${EDITS} profile edits, keep every method`, async () => {
    const { regionId, memberId, methods, contexts } = await memberWithFinishedTrainings(METHODS)
    const acts = createCertificationActivities(payload)
    const edits = Array.from({ length: EDITS }, (_, i) =>
      payload.update({
        collection: 'members',
        id: memberId,
        data: { hoursPerWeek: 1 + (i % 8) },
        overrideAccess: true,
      }),
    )
    await Promise.all([...contexts.map((context) => acts.addCertifiedMethod(context)), ...edits])

    expect(await certifiedAsMatchingSeesIt(regionId, memberId)).toEqual(methods)
  })

  it('one method added by 20 concurrent attempts (retries) is there once', async () => {
    const { regionId, memberId, methods, contexts } = await memberWithFinishedTrainings(1)
    const acts = createCertificationActivities(payload)
    await Promise.all(Array.from({ length: 20 }, () => acts.addCertifiedMethod(contexts[0]!)))

    expect(await certifiedAsMatchingSeesIt(regionId, memberId)).toEqual(methods)
  })

  it('a profile edit after the certification leaves the method on', async () => {
    const { regionId, memberId, methods, contexts } = await memberWithFinishedTrainings(1)
    await createCertificationActivities(payload).addCertifiedMethod(contexts[0]!)
    await payload.update({ collection: 'members', id: memberId, data: { hoursPerWeek: 6 }, overrideAccess: true })

    expect(await certifiedAsMatchingSeesIt(regionId, memberId)).toEqual(methods)
  })

  it('a list kept on the profile by older versions is adopted once, then the old field is gone', async () => {
    const { regionId, memberId, methods } = await memberWithFinishedTrainings(2)
    const { Types } = await import('mongoose')
    const members = modelOf(payload, 'members').collection
    await members.updateOne(
      { _id: new Types.ObjectId(memberId) },
      { $set: { certifiedMethods: methods.map((id) => new Types.ObjectId(id)) } },
    )

    expect(await backfillCertifiedMethods(payload)).toBe(2)
    expect(await backfillCertifiedMethods(payload)).toBe(0)
    expect(await certifiedAsMatchingSeesIt(regionId, memberId)).toEqual(methods)
    expect(await members.findOne({ _id: new Types.ObjectId(memberId) })).not.toHaveProperty('certifiedMethods')
  })
})
