import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'

let payload: Payload
const email = uniqueEmail('inlog')

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['coordinator'], { email })
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

describe('logging in', () => {
  it('a wrong password is refused as such (401) and counted, not a server error', async () => {
    await expect(
      payload.login({ collection: 'users', data: { email, password: 'niet-het-goede-wachtwoord' } }),
    ).rejects.toMatchObject({ status: 401 })
    const [user] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        showHiddenFields: true,
        overrideAccess: true,
      })
    ).docs
    expect(user).toMatchObject({ loginAttempts: 1 })
  })

  it('the right password logs in and resets the count', async () => {
    const result = await payload.login({ collection: 'users', data: { email, password: 'test-wachtwoord-123' } })
    expect(result.token).toBeTruthy()
    const [user] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        showHiddenFields: true,
        overrideAccess: true,
      })
    ).docs
    expect(user).toMatchObject({ loginAttempts: 0 })
  })
})
