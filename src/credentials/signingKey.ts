import { type KeyObject, createPrivateKey, createPublicKey } from 'node:crypto'
import { config } from '../config'
import { localSigningKey } from './localSigningKey.mjs'

export type SigningKey = { privateKey: KeyObject; publicJwk: Record<string, unknown> }

let cached: SigningKey | undefined

/**
 * The issuer's signing key: CREDENTIAL_SIGNING_KEY (required in production, src/config.ts),
 * else the local demo key in .data/. Only the public half ever leaves this module.
 */
export function signingKey(): SigningKey {
  if (cached) return cached
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey(config.CREDENTIAL_SIGNING_KEY ?? localSigningKey())
  } catch (error) {
    throw new Error(`CREDENTIAL_SIGNING_KEY is geen leesbare private sleutel (PKCS#8 PEM): ${String(error)}`)
  }
  if (privateKey.asymmetricKeyType !== 'rsa')
    throw new Error('CREDENTIAL_SIGNING_KEY moet een RSA-sleutel zijn (Open Badges 3.0 vraagt RS256)')
  const { kty, n, e } = createPublicKey(privateKey).export({ format: 'jwk' })
  cached = { privateKey, publicJwk: { kty, n, e, alg: 'RS256', use: 'sig' } }
  return cached
}
