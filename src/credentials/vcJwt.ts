import { sign } from 'node:crypto'
import { type OpenBadgeCredential, numericDate } from '../domain/openBadge'
import { keyId } from './did'
import type { SigningKey } from './signingKey'

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')

/**
 * The credential as a VC-JWT (OB 3.0 §8.2, JSON Web Token Proof Format): header alg RS256,
 * kid the issuer's key in its DID document; payload the registered claims that mirror
 * the credential (iss, sub, jti, nbf, exp) and the credential itself as `vc`.
 */
export function signVcJwt(credential: OpenBadgeCredential, key: SigningKey): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: keyId(credential.issuer.id) }
  const payload = {
    iss: credential.issuer.id,
    sub: credential.credentialSubject.id,
    jti: credential.id,
    nbf: numericDate(credential.issuanceDate),
    exp: numericDate(credential.expirationDate),
    vc: credential,
  }
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`
  const signature = sign('sha256', Buffer.from(signingInput), key.privateKey)
  return `${signingInput}.${base64url(signature)}`
}
