import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { verifyCertificate } from '../../cms/endpoints/certification/verify'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { createTraining, inDays } from './setup'

/**
 * Staff revoke a certificate with a reason, on the real database through Payload's access rules:
 * without a reason nothing changes; who and when are set by the platform and audited; the public
 * check says revoked and since when; a revocation is final, for staff and for the workflow.
 */
let payload: Payload
let staff: User
let holder: User
let certificateId: string
const number = `DT-INTR-${Date.now()}`

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  holder = (await createUser(payload, ['therapist'])) as User
  const memberId = String((await createMember(payload, String(holder.id), region, 'active')).id)
  staff = (await createUser(payload, ['admin'])) as User
  const trainer = await createUser(payload, ['trainer'])
  const training = await createTraining(payload, [String(trainer.id)], [
    { kind: 'assignment', title: 'Verslag' },
  ] as never)
  const certificate = await payload.create({
    collection: 'certificates',
    data: {
      number,
      member: memberId,
      training: training.id,
      issuedAt: inDays(-30),
      validUntil: inDays(700),
      status: 'valid',
    },
    overrideAccess: true,
  })
  certificateId = String(certificate.id)
}, 120_000)

afterAll(() => dropTestDatabase(payload))

const asStaff = (data: Record<string, unknown>) =>
  payload.update({ collection: 'certificates', id: certificateId, data, overrideAccess: false, user: staff })
const stored = () => payload.findByID({ collection: 'certificates', id: certificateId, depth: 0, overrideAccess: true })

describe('revoking a certificate', () => {
  it('needs a reason; without one nothing changes', async () => {
    await expect(asStaff({ status: 'revoked', revocation: { reason: 'fout' } })).rejects.toThrow(
      /Geef een reden voor het intrekken \(minstens 10 tekens\)/,
    )
    expect(await stored()).toMatchObject({ status: 'valid' })
    expect((await verifyCertificate(payload, number)).status).toBe('valid')
  })

  it('records who and when (not what staff type there), audits it, and the public check says since when', async () => {
    const before = Date.now()
    await asStaff({
      status: 'revoked',
      revocation: {
        reason: 'Uitgegeven op een verkeerde naam.',
        revokedAt: '2020-01-01T00:00:00.000Z',
        revokedBy: holder.id,
      },
    })
    const certificate = await stored()
    expect(certificate.status).toBe('revoked')
    expect(certificate.revocation?.reason).toBe('Uitgegeven op een verkeerde naam.')
    expect(Date.parse(String(certificate.revocation?.revokedAt))).toBeGreaterThanOrEqual(before)
    expect(
      String((certificate.revocation?.revokedBy as { id?: unknown })?.id ?? certificate.revocation?.revokedBy),
    ).toBe(String(staff.id))
    // Equality only (FerretDB), then in memory: the staff member's change names the fields it touched.
    const audit = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: certificateId } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const change = audit.docs.find((entry) => String(entry.actor) === String(staff.id))
    expect(change?.fields).toEqual(expect.arrayContaining(['revocation', 'status']))
    const verification = await verifyCertificate(payload, number)
    expect(verification).toMatchObject({ status: 'revoked', revokedAt: certificate.revocation?.revokedAt })
    expect(JSON.stringify(verification)).not.toContain('verkeerde naam')
  })

  it('shows the holder why and when, not who', async () => {
    const own = await payload.findByID({
      collection: 'certificates',
      id: certificateId,
      overrideAccess: false,
      user: holder,
    })
    expect(own.revocation?.reason).toBe('Uitgegeven op een verkeerde naam.')
    expect(own.revocation?.revokedAt).toBeTruthy()
    expect(own.revocation?.revokedBy).toBeUndefined()
  })

  it('is final: staff cannot make it valid again, and a system write (a renewal) leaves it revoked', async () => {
    await expect(asStaff({ status: 'valid' })).rejects.toThrow(/blijft ingetrokken/)
    await payload.update({
      collection: 'certificates',
      id: certificateId,
      data: { status: 'valid', validUntil: inDays(2000) },
      overrideAccess: true,
    })
    const after = await stored()
    expect(after.status).toBe('revoked')
    expect(after.revocation?.reason).toBe('Uitgegeven op een verkeerde naam.')
    expect((await verifyCertificate(payload, number)).status).toBe('revoked')
  })
})
