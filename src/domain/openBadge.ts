import { STATUS_LIST_CONTEXT, type StatusListEntry } from './statusList'

/**
 * A certificate as an Open Badges 3.0 OpenBadgeCredential (1EdTech OB 3.0, VC data model
 * 1.1 contexts), derived from the stored certificate: the same certificate, renewal round
 * and issuer always give the same credential, so nothing extra is stored.
 */
export type CredentialFacts = {
  number: string
  /** 0 for the first issue, n after the n-th renewal: a new round is a new credential. */
  round: number
  memberId: string
  holderName: string
  training: { title: string; summary: string; slug?: string | null; method?: string | null }
  requirements: string[]
  issuedAt: string
  validUntil: string
}

export type Issuer = { did: string; name: string; url: string }

export const credentialId = (publicUrl: string, number: string, round: number) =>
  `${publicUrl}/certificaat/${encodeURIComponent(number)}?ronde=${round}`

/** `status`: where a verifier looks up whether it was revoked (src/domain/statusList.ts). */
export function openBadgeCredential(facts: CredentialFacts, issuer: Issuer, status?: StatusListEntry) {
  const achievementUrl = facts.training.slug
    ? `${issuer.url}/opleidingen/${encodeURIComponent(facts.training.slug)}`
    : `${issuer.url}/opleidingen`
  const criteria =
    facts.requirements.length > 0 ? `Voldaan aan: ${facts.requirements.join('; ')}.` : facts.training.summary
  return {
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      // Defines BitstringStatusListEntry for a VC 1.1 credential.
      ...(status ? [STATUS_LIST_CONTEXT] : []),
    ],
    id: credentialId(issuer.url, facts.number, facts.round),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${facts.training.title} — ${facts.number}`,
    issuer: { id: issuer.did, type: ['Profile'], name: issuer.name, url: issuer.url },
    issuanceDate: isoSeconds(facts.issuedAt),
    expirationDate: isoSeconds(facts.validUntil),
    credentialSubject: {
      // No e-mail or other contact detail: an opaque id of the therapist and the name the certificate shows.
      id: `urn:drakentemmers:behandelaar:${facts.memberId}`,
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.holderName }],
      achievement: {
        id: achievementUrl,
        type: ['Achievement'],
        name: facts.training.title,
        description: facts.training.summary,
        criteria: { narrative: criteria },
        ...(facts.training.method ? { tag: [facts.training.method] } : {}),
      },
    },
    ...(status ? { credentialStatus: status } : {}),
  }
}

export type OpenBadgeCredential = ReturnType<typeof openBadgeCredential>

/** NumericDate (seconds) of a date; the JWT claims and the credential's dates must match exactly. */
export const numericDate = (iso: string) => Math.floor(Date.parse(iso) / 1000)
const isoSeconds = (iso: string) => new Date(numericDate(iso) * 1000).toISOString().replace('.000Z', 'Z')
