import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { nextStatusIndex, preferredStatusIndex } from '../../src/domain/statusList'
import { modelOf } from '../../src/store/modelOf'
import { statusIndexFor, statusIndexesOf } from '../../src/store/credentialStatus'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { createTraining, inDays } from './setup'

/**
 * A certificate's bit in the revocation list, taken at once by many requests and for many
 * certificates, on the real database: one bit per certificate, never one bit for two (a
 * revocation would then revoke a stranger's certificate too).
 */
let payload: Payload
let makeCertificate: () => Promise<string>

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const holder = await createUser(payload, ['therapist'])
  const member = String((await createMember(payload, String(holder.id), region, 'active')).id)
  const trainer = await createUser(payload, ['trainer'])
  const training = await createTraining(payload, [String(trainer.id)], [
    { kind: 'assignment', title: 'Verslag' },
  ] as never)
  let n = 0
  makeCertificate = async () =>
    String(
      (
        await payload.create({
          collection: 'certificates',
          data: {
            number: `DT-BIT-${Date.now()}-${++n}`,
            member,
            training: training.id,
            issuedAt: inDays(-1),
            validUntil: inDays(700),
            status: 'valid',
          },
          overrideAccess: true,
        })
      ).id,
    )
})

afterAll(async () => {
  await dropTestDatabase(payload)
})

const entriesOf = (certificateId: string) =>
  modelOf(payload, 'credential-status').countDocuments({ certificate: certificateId })

describe('status list indexes', () => {
  it('gives a certificate one index, however many credentials are issued for it at once', async () => {
    const certificate = await makeCertificate()
    const indexes = await Promise.all(Array.from({ length: 20 }, () => statusIndexFor(payload, certificate)))
    expect(new Set(indexes).size).toBe(1)
    expect(await entriesOf(certificate)).toBe(1)
    expect(await statusIndexFor(payload, certificate)).toBe(indexes[0])
  })

  it('gives twenty certificates issued at once twenty different indexes', async () => {
    const certificates = await Promise.all(Array.from({ length: 20 }, makeCertificate))
    const indexes = await Promise.all(certificates.map((id) => statusIndexFor(payload, id)))
    expect(new Set(indexes).size).toBe(20)
    expect((await statusIndexesOf(payload, certificates)).sort()).toEqual([...indexes].sort())
  })

  it('moves on to the next free index when the preferred one is another certificate’s', async () => {
    const [first, second] = [await makeCertificate(), await makeCertificate()]
    const wanted = preferredStatusIndex(second)
    // The first certificate already holds the bit the second would take.
    await modelOf(payload, 'credential-status').create({ certificate: first, index: wanted })
    expect(await statusIndexFor(payload, second)).toBe(nextStatusIndex(wanted))
    expect(await statusIndexFor(payload, first)).toBe(wanted)
  })
})
