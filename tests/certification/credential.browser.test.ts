import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { decodeList, getCredentialStatus } from '@digitalbazaar/vc-bitstring-status-list'
import { type JWK, decodeProtectedHeader, importJWK, jwtVerify } from 'jose'
import type { Payload } from 'payload'
import { createTraining, inDays } from './setup'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type WebServer, startWebServer } from '../helpers/webServer'

/**
 * The signed Open Badges credential of a certificate, checked as an outside verifier would:
 * with jose (not this project's code) against the key resolved from the running server's
 * did:web document, not against anything the test shares with the server; its revocation
 * through the Bitstring Status List it points at, decoded by Digital Bazaar's library.
 */
let payload: Payload
let web: WebServer
const email = { holder: uniqueEmail('houder'), other: uniqueEmail('ander'), staff: uniqueEmail('staf') }
const number = `DT-CRED-${Date.now()}`
const issuedAt = inDays(-10)
const validUntil = inDays(5 * 365)
let certificateId = ''
let memberId = ''

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const holder = await createUser(payload, ['therapist'], { email: email.holder })
  memberId = String((await createMember(payload, String(holder.id), region, 'active')).id)
  const other = await createUser(payload, ['therapist'], { email: email.other })
  await createMember(payload, String(other.id), region, 'active')
  await createUser(payload, ['admin'], { email: email.staff })
  const trainer = await createUser(payload, ['trainer'])
  const training = await createTraining(payload, [String(trainer.id)], [
    { kind: 'sessions', title: 'Trainingsdagen', target: 6 },
    { kind: 'assignment', title: 'Casusverslag' },
  ] as never)
  const certificate = await payload.create({
    collection: 'certificates',
    data: {
      number,
      member: memberId,
      holderName: 'Anna de Vries',
      training: training.id,
      issuedAt,
      validUntil,
      status: 'valid',
    },
    overrideAccess: true,
  })
  certificateId = String(certificate.id)
  web = await startWebServer()
}, 180_000)

afterAll(async () => {
  await web?.stop()
  await dropTestDatabase(payload)
})

async function login(address: string) {
  const response = await fetch(`${web.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: address, password: 'test-wachtwoord-123' }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const download = async (token?: string) =>
  fetch(`${web.url}/api/certificates/${certificateId}/credential`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })

/** did:web resolution (W3C did:web §3.2): the host, its port percent-encoded, then /.well-known/did.json. */
async function resolveKey(kid: string): Promise<JWK> {
  const [did] = kid.split('#')
  const host = decodeURIComponent(did!.replace(/^did:web:/, ''))
  // The test server speaks http on localhost; did:web itself prescribes https.
  const document = (await (await fetch(`http://${host}/.well-known/did.json`)).json()) as {
    id: string
    verificationMethod: Array<{ id: string; publicKeyJwk: JWK }>
    assertionMethod: string[]
  }
  expect(document.id).toBe(did)
  expect(document.assertionMethod).toContain(kid)
  const method = document.verificationMethod.find((m) => m.id === kid)
  expect(method?.publicKeyJwk).not.toHaveProperty('d')
  return method!.publicKeyJwk
}

async function verify(jwt: string) {
  const { kid, alg } = decodeProtectedHeader(jwt)
  expect(alg).toBe('RS256')
  const key = await importJWK(await resolveKey(String(kid)), 'RS256')
  return jwtVerify(jwt, key, { algorithms: ['RS256'], issuer: String(kid).split('#')[0] })
}

/** What a verifier does after the signature: fetch the list the credential names, check its signature, read the bit. */
async function isRevoked(vc: Record<string, any>): Promise<boolean> {
  const entry = getCredentialStatus({ credential: vc, statusPurpose: 'revocation' })
  const response = await fetch(entry.statusListCredential)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/vc+jwt')
  const { payload: list } = await verify(await response.text())
  expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential'])
  expect(list.issuer).toBe(vc.issuer.id)
  const subject = list.credentialSubject as { statusPurpose: string; encodedList: string }
  expect(subject.statusPurpose).toBe('revocation')
  const bits = await decodeList({ encodedList: subject.encodedList })
  expect(bits.length).toBe(131_072)
  return bits.getStatus(Number(entry.statusListIndex))
}

const credentialOf = async (token: string) => {
  const { payload: claims } = await verify(await (await download(token)).text())
  return claims.vc as Record<string, any>
}

describe('the credential of a certificate', () => {
  it('is an OpenBadgeCredential that verifies against the did:web key of the running server', async () => {
    const response = await download(await login(email.holder))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${number}.jwt"`)
    const jwt = await response.text()
    const { payload: claims } = await verify(jwt)
    const vc = claims.vc as Record<string, any>
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(claims.iss).toBe(vc.issuer.id)
    expect(vc.issuer.id).toBe(`did:web:${encodeURIComponent(new URL(web.url).host)}`)
    expect(claims.jti).toBe(vc.id)
    expect(vc.id).toBe(`${web.url}/certificaat/${number}?ronde=0`)
    expect(claims.sub).toBe(vc.credentialSubject.id)
    expect(claims.nbf).toBe(Math.floor(Date.parse(issuedAt) / 1000))
    expect(claims.exp).toBe(Math.floor(Date.parse(validUntil) / 1000))
    expect(Date.parse(vc.issuanceDate) / 1000).toBe(claims.nbf)
    expect(Date.parse(vc.expirationDate) / 1000).toBe(claims.exp)
    expect(vc.credentialSubject.identifier).toEqual([
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Anna de Vries' },
    ])
    expect(vc.credentialSubject.achievement.criteria.narrative).toBe('Voldaan aan: Trainingsdagen; Casusverslag.')
    // Least data: no e-mail address or registration number of the therapist in the credential.
    expect(JSON.stringify(vc)).not.toContain(email.holder)
  })

  it('fails to verify once one byte of its payload is changed', async () => {
    const jwt = await (await download(await login(email.holder))).text()
    const [header, body, signature] = jwt.split('.')
    const json = Buffer.from(body!, 'base64url').toString('utf8')
    const at = json.indexOf('Anna de Vries')
    const forged = `${json.slice(0, at)}B${json.slice(at + 1)}`
    expect(forged).not.toBe(json)
    await expect(verify(`${header}.${Buffer.from(forged).toString('base64url')}.${signature}`)).rejects.toMatchObject({
      code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    })
  })

  it('is downloaded by its holder and by staff only', async () => {
    expect((await download()).status).toBe(401)
    const refused = await download(await login(email.other))
    expect(refused.status).toBe(403)
    await expect(refused.json()).resolves.toEqual({
      message: 'Alleen de houder van dit certificaat kan het credential downloaden.',
    })
    expect((await download(await login(email.staff))).status).toBe(200)
  })

  it('points at one bit of the public revocation list, the same bit however many downloads run at once', async () => {
    const token = await login(email.holder)
    const credentials = await Promise.all(Array.from({ length: 5 }, () => credentialOf(token)))
    const indexes = new Set(credentials.map((vc) => vc.credentialStatus.statusListIndex))
    expect(indexes.size).toBe(1)
    const vc = credentials[0]!
    expect(vc.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListCredential: `${web.url}/api/credential-status/revocation`,
    })
    expect(await isRevoked(vc)).toBe(false)
  })

  it('is no longer issued once staff revoke the certificate, and the list it points at says revoked', async () => {
    const issued = await credentialOf(await login(email.holder))
    const staff = (await payload.find({ collection: 'users', where: { email: { equals: email.staff } } })).docs[0]!
    await payload.update({
      collection: 'certificates',
      id: certificateId,
      data: { status: 'revoked', revocation: { reason: 'Uitgegeven op een verkeerde naam.' } },
      overrideAccess: false,
      user: staff,
    })
    const refused = await download(await login(email.holder))
    expect(refused.status).toBe(409)
    await expect(refused.json()).resolves.toEqual({
      message: 'Dit certificaat is ingetrokken; er wordt geen credential meer voor uitgegeven.',
    })
    // The copy the holder already gave an employer no longer verifies: its bit is set.
    expect(await isRevoked(issued)).toBe(true)
  })
})
