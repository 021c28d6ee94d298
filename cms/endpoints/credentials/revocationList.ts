import type { Payload } from 'payload'
import { config } from '../../../src/config'
import { issuerDid } from '../../../src/credentials/did'
import { signingKey } from '../../../src/credentials/signingKey'
import { signVc2Jwt } from '../../../src/credentials/vcJwt'
import { encodeStatusList } from '../../../src/credentials/statusListEncoding'
import { statusListCredential } from '../../../src/domain/statusList'
import { statusIndexesOf } from '../../../src/store/credentialStatus'

export const revocationListUrl = () => `${config.PUBLIC_URL}/api/credential-status/revocation`

/** The revocation list as it is now: the bits of every revoked certificate set, signed by the issuer. */
export async function revocationListJwt(payload: Payload, now = new Date()): Promise<string> {
  const revoked = await payload.find({
    collection: 'certificates',
    where: { status: { equals: 'revoked' } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  const indexes = await statusIndexesOf(
    payload,
    revoked.docs.map((doc) => String(doc.id)),
  )
  const credential = statusListCredential(
    issuerDid(config.PUBLIC_URL),
    revocationListUrl(),
    encodeStatusList(indexes),
    now,
  )
  return signVc2Jwt(credential, signingKey())
}
