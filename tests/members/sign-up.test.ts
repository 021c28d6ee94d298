import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { placesOf } from '../../src/store/places'
import { signUpTherapist } from '../../cms/endpoints/members/signUp'
import { createRegion, signUpBody } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'

/** The sign-up service on the real database; the workflow start is the only edge replaced. */
let payload: Payload
let regionId: string
const started: string[] = []
const recordStart = async (memberId: string) => {
  started.push(memberId)
  return { workflowId: `member-approval-${memberId}` }
}

beforeAll(async () => {
  payload = await testPayload()
  regionId = String((await createRegion(payload)).id)
})

afterAll(async () => {
  await dropTestDatabase(payload)
})

const countAccounts = async (email: string) =>
  (await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).totalDocs

describe('therapist sign-up', () => {
  it('creates a pending profile with free capacity equal to capacity, and starts approval', async () => {
    const email = uniqueEmail('nieuw')
    const result = await signUpTherapist(payload, signUpBody(regionId, email), recordStart)
    if (!result.ok) throw new Error(JSON.stringify(result))
    const member = await payload.findByID({
      collection: 'members',
      id: result.memberId,
      depth: 1,
      overrideAccess: true,
    })
    expect(member).toMatchObject({ status: 'pending', capacityCases: 2, registrationNumber: '12345678901' })
    expect(await placesOf(payload, 'cases', result.memberId)).toMatchObject({
      capacity: 2,
      free: 2,
      owed: 0,
      claims: [],
      open: false,
    })
    expect(typeof member.user === 'object' && member.user.roles).toEqual(['therapist'])
    expect(started).toContain(result.memberId)
  })

  it('refuses bad input with Dutch messages per field and writes nothing', async () => {
    const email = uniqueEmail('fout')
    const body = { ...signUpBody(regionId, email), registrationNumber: '1234', password: 'kort', consent: false }
    const result = await signUpTherapist(payload, body, recordStart)
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: {
        password: 'Kies een wachtwoord van minstens 10 tekens.',
        consent: expect.stringContaining('toestemming'),
      },
    })
    expect(await countAccounts(email)).toBe(0)
  })

  it('checks the register number per register: BIG has 11 digits', async () => {
    const result = await signUpTherapist(
      payload,
      { ...signUpBody(regionId), registrationNumber: '123456' },
      recordStart,
    )
    expect(result).toMatchObject({ ok: false, errors: { registrationNumber: 'Een BIG-nummer heeft 11 cijfers.' } })
  })

  it('refuses a region that does not exist', async () => {
    const result = await signUpTherapist(
      payload,
      { ...signUpBody(regionId), homeRegion: '000000000000000000000000' },
      recordStart,
    )
    expect(result).toMatchObject({ ok: false, status: 400, errors: { homeRegion: 'Kies een bestaande regio.' } })
  })

  it('refuses an e-mail address that already has an account', async () => {
    const email = uniqueEmail('dubbel')
    expect((await signUpTherapist(payload, signUpBody(regionId, email), recordStart)).ok).toBe(true)
    const again = await signUpTherapist(payload, signUpBody(regionId, email.toUpperCase()), recordStart)
    expect(again).toMatchObject({ ok: false, status: 409, errors: { email: 'Dit e-mailadres is al in gebruik.' } })
    expect(await countAccounts(email)).toBe(1)
  })

  it('leaves nothing half-written when the workflow cannot be started', async () => {
    const email = uniqueEmail('temporal-weg')
    const membersBefore = (await payload.count({ collection: 'members', overrideAccess: true })).totalDocs
    const result = await signUpTherapist(payload, signUpBody(regionId, email), async () => {
      throw new Error('Temporal unavailable')
    })
    expect(result).toMatchObject({
      ok: false,
      status: 503,
      message: expect.stringContaining('lukt op dit moment niet'),
    })
    expect(await countAccounts(email)).toBe(0)
    expect((await payload.count({ collection: 'members', overrideAccess: true })).totalDocs).toBe(membersBefore)
  })
})
