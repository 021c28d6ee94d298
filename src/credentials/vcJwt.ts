import { sign } from 'node:crypto'
import { type OpenBadgeCredential, numericDate } from '../domain/openBadge'
import { keyId } from './did'
import type { SigningKey } from './signingKey'

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')

/** A compact JWS with RS256 of the platform's key; `kid` names the key in the issuer's DID document. */
function signJws(header: Record<string, string>, payload: object, key: SigningKey): string {
  const signingInput = `${base64url(JSON.stringify({ alg: 'RS256', ...header }))}.${base64url(JSON.stringify(payload))}`
  const signature = sign('sha256', Buffer.from(signingInput), key.privateKey)
  return `${signingInput}.${base64url(signature)}`
}

/**
 * The credential as a VC-JWT (OB 3.0 §8.2, JSON Web Token Proof Format): header alg RS256,
 * kid the issuer's key in its DID document; payload the registered claims that mirror
 * the credential (iss, sub, jti, nbf, exp) and the credential itself as `vc`.
 */
export function signVcJwt(credential: OpenBadgeCredential, key: SigningKey): string {
  return signJws(
    { typ: 'JWT', kid: keyId(credential.issuer.id) },
    {
      iss: credential.issuer.id,
      sub: credential.credentialSubject.id,
      jti: credential.id,
      nbf: numericDate(credential.issuanceDate),
      exp: numericDate(credential.expirationDate),
      vc: credential,
    },
    key,
  )
}

/**
 * A VC data model 2.0 credential secured with JOSE (VC-JOSE-COSE §3.1.1): the payload is the
 * credential itself, typ `vc+jwt`; `iss` repeats its issuer for verifiers that check claims.
 */
export function signVc2Jwt(credential: { issuer: string; id: string }, key: SigningKey): string {
  return signJws(
    { typ: 'vc+jwt', cty: 'vc', kid: keyId(credential.issuer) },
    {
      ...credential,
      iss: credential.issuer,
      jti: credential.id,
      iat: Math.floor(Date.now() / 1000),
    },
    key,
  )
}
