/**
 * The platform as issuer: did:web on its own domain (PUBLIC_URL), whose DID document at
 * /.well-known/did.json holds the public key that verifies its credentials.
 */
export function issuerDid(publicUrl: string): string {
  const url = new URL(publicUrl)
  // did:web percent-encodes the port's colon; a path would become ':'-separated segments.
  return `did:web:${encodeURIComponent(url.host)}`
}

export const keyId = (did: string) => `${did}#key-1`

export function didDocument(did: string, publicJwk: Record<string, unknown>) {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: [{ id: keyId(did), type: 'JsonWebKey2020', controller: did, publicKeyJwk: publicJwk }],
    assertionMethod: [keyId(did)],
    authentication: [keyId(did)],
  }
}
