import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { envSchema } from '../../src/config'
import { createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'

/** Logging in through REST: a Dutch answer for a wrong password and a locked account, one log line each. */
let payload: Payload
let server: RestServer
const logFile = path.join(process.env.TEST_LOG_DIR ?? '.data/test/logs', `payload-${process.pid}.log`)
const logSize = () => readFileSync(logFile, 'utf8').length

beforeAll(async () => {
  payload = await testPayload()
  server = await startRestServer()
}, 60_000)

afterAll(async () => {
  await server?.stop()
  if (payload) await dropTestDatabase(payload)
})

// An English browser: the answer is Dutch anyway.
const login = async (email: string, password: string) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ email, password }),
  })
  return {
    status: response.status,
    message: ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message,
  }
}

describe('login through REST', () => {
  it('anonymous with the right password: logged in; with a wrong one: a Dutch 401', async () => {
    const user = await createUser(payload, ['therapist'])
    expect((await login(user.email, 'test-wachtwoord-123')).status).toBe(200)
    expect(await login(user.email, 'fout-wachtwoord')).toEqual({
      status: 401,
      message: 'Het e-mailadres of wachtwoord klopt niet.',
    })
  })

  it('a wrong password is one log line, without a stack trace', async () => {
    const user = await createUser(payload, ['therapist'])
    const before = logSize()
    expect((await login(user.email, 'fout-wachtwoord')).status).toBe(401)
    const logged = readFileSync(logFile, 'utf8').slice(before).trim().split('\n')
    expect(logged).toHaveLength(1)
    expect(logged[0]).not.toMatch(/"stack"|\bat .*\.js:\d+/)
  })

  it('after 10 wrong passwords the account is locked: even the right password is refused with a Dutch message', async () => {
    const user = await createUser(payload, ['therapist'])
    for (let attempt = 0; attempt < 10; attempt++) await login(user.email, `fout-${attempt}`)
    const locked = await login(user.email, 'test-wachtwoord-123')
    expect(locked.status).toBe(401)
    expect(locked.message).toMatch(/^Je account is tijdelijk geblokkeerd na te veel mislukte pogingen/)
  })
})

describe('where the web listens', () => {
  it('loopback unless HOST says otherwise', () => {
    expect(envSchema.parse({}).HOST).toBe('127.0.0.1')
    expect(envSchema.parse({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0')
  })
})
