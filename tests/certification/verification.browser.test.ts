import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createTraining, inDays } from './setup'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type WebServer, startWebServer } from '../helpers/webServer'
import { verificationCounts } from '../../src/store/verificationCounts'

/**
 * What a verifier gets at /certificaat/<number> without logging in, as a page and as JSON
 * (`Accept: application/json`), for each of the five answers, on the running web server; and
 * the count its holder sees, which the holder's own looks do not raise.
 */
let payload: Payload
let web: WebServer
const stamp = Date.now().toString(36).toUpperCase()
const numbers = { renewed: `DT-VER-${stamp}-R`, expired: `DT-VER-${stamp}-E`, revoked: `DT-VER-${stamp}-X` }
const holderEmail = uniqueEmail('houder')
let registrationNumber = ''

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const holder = await createUser(payload, ['therapist'], { email: holderEmail })
  const member = await createMember(payload, String(holder.id), region, 'active')
  registrationNumber = String(member.registrationNumber)
  const trainer = await createUser(payload, ['trainer'])
  const training = await createTraining(payload, [String(trainer.id)], [
    { kind: 'sessions', title: 'Trainingsdagen', target: 6 },
  ] as never)
  const certificate = (number: string, data: Record<string, unknown>) =>
    payload.create({
      collection: 'certificates',
      data: {
        number,
        member: member.id,
        holderName: 'Anna de Vries',
        training: training.id,
        issuedAt: inDays(-4 * 365),
        validUntil: inDays(365),
        status: 'valid',
        ...data,
      } as never,
      overrideAccess: true,
    })
  // Issued four years ago, renewed once: round 0 ran until a month ago, round 1 holds for a year.
  await certificate(numbers.renewed, {
    renewals: [{ cycle: 1, renewedAt: inDays(-60), credits: 50, previousValidUntil: inDays(-30) }],
  })
  await certificate(numbers.expired, { validUntil: inDays(-1) })
  await certificate(numbers.revoked, {
    status: 'revoked',
    revocation: { reason: 'Uitgegeven op een verkeerde naam.', revokedAt: inDays(-2) },
  })
  web = await startWebServer()
}, 180_000)

afterAll(async () => {
  await web?.stop()
  await dropTestDatabase(payload)
})

const asJson = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${web.url}${path}`, { headers: { accept: 'application/json', ...headers } })

async function holderCookie() {
  const response = await fetch(`${web.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: holderEmail, password: 'test-wachtwoord-123' }),
  })
  expect(response.status).toBe(200)
  return `payload-token=${((await response.json()) as { token: string }).token}`
}

describe('verifying a certificate without logging in', () => {
  it('answers in JSON what the page says: valid, with holder, register number, training, dates and issuer', async () => {
    const response = await asJson(`/certificaat/${numbers.renewed}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('vary')).toMatch(/Accept/)
    const body = (await response.json()) as Record<string, any>
    expect(body).toMatchObject({
      status: 'valid',
      number: numbers.renewed,
      round: 1,
      holderName: 'Anna de Vries',
      registration: { register: 'BIG-register', number: registrationNumber },
      issuer: { name: 'Drakentemmers', url: web.url, did: `did:web:${encodeURIComponent(new URL(web.url).host)}` },
    })
    expect(Date.parse(body.issuedAt)).toBeLessThan(Date.now())
    expect(Date.parse(body.validUntil)).toBeGreaterThan(Date.now())
    // Nothing of the therapist beyond what the certificate shows.
    expect(JSON.stringify(body)).not.toContain(holderEmail)
  })

  it('says superseded for the round before the renewal, and until when the newer one holds', async () => {
    const body = (await (await asJson(`/certificaat/${numbers.renewed}?ronde=0`)).json()) as Record<string, any>
    expect(body).toMatchObject({ status: 'superseded', round: 0, current: { round: 1, status: 'valid' } })
    expect(Date.parse(body.validUntil)).toBeLessThan(Date.now())
    const page = await (await fetch(`${web.url}/certificaat/${numbers.renewed}?ronde=0`)).text()
    expect(page).toContain('Vervangen certificaat')
    expect(page).toContain('Dit is een eerdere versie van dit certificaat. Het is verlengd en geldt nu tot')
  })

  it('says expired, revoked (since when, never why) and unknown, as page and as JSON', async () => {
    expect(await (await asJson(`/certificaat/${numbers.expired}`)).json()).toMatchObject({ status: 'expired' })
    const revoked = (await (await asJson(`/certificaat/${numbers.revoked}`)).json()) as Record<string, any>
    expect(revoked).toMatchObject({ status: 'revoked' })
    expect(Date.parse(revoked.revokedAt)).toBeLessThan(Date.now())
    expect(JSON.stringify(revoked)).not.toContain('verkeerde naam')
    for (const path of [`/certificaat/DT-BESTAAT-NIET`, `/certificaat/${numbers.renewed}?ronde=2`]) {
      const unknown = await asJson(path)
      expect(unknown.status).toBe(404)
      expect(await unknown.json()).toMatchObject({ status: 'unknown' })
    }
    const page = await (await fetch(`${web.url}/certificaat/${numbers.expired}`)).text()
    expect(page).toContain('Verlopen certificaat')
    expect(page).toContain('dit certificaat geldt niet meer')
  })

  it('serves the page, not JSON, to a browser', async () => {
    const response = await fetch(`${web.url}/certificaat/${numbers.renewed}`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    })
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('vary')).toMatch(/Accept/)
    expect(await response.text()).toContain('Geldig certificaat')
  })
})

describe('the verification count its holder sees', () => {
  it('counts every check by others, page or JSON, and not the holder looking at their own', async () => {
    const count = async () => (await verificationCounts(payload, [numbers.expired])).get(numbers.expired)
    const before = await count()
    await Promise.all(Array.from({ length: 10 }, () => asJson(`/certificaat/${numbers.expired}`)))
    await fetch(`${web.url}/certificaat/${numbers.expired}`)
    expect(await count()).toBe(before! + 11)
    // As the holder's browser sends it (Payload takes a cookie without Origin only with Sec-Fetch-Site).
    const holder = { cookie: await holderCookie(), 'sec-fetch-site': 'same-origin' }
    await asJson(`/certificaat/${numbers.expired}`, holder)
    await fetch(`${web.url}/certificaat/${numbers.expired}`, { headers: holder })
    expect(await count()).toBe(before! + 11)
    // An unknown number is nobody's certificate: nothing is stored for it.
    await asJson('/certificaat/DT-BESTAAT-NIET')
    expect((await verificationCounts(payload, ['DT-BESTAAT-NIET'])).get('DT-BESTAAT-NIET')).toBe(0)
  })
})
