/**
 * Revocation through a W3C Bitstring Status List (v1.0): each credential points at one bit of
 * one public list; a set bit means revoked. A verifier fetches the list, not the certificate,
 * so the issuer never learns which certificate is being checked.
 */

/** 16 KiB of bits: the spec's minimum, so that one list hides each entry among 131,072. */
export const STATUS_LIST_LENGTH = 131_072

/**
 * Where a certificate's bit goes first: spread from a hash of its id, as the spec's privacy
 * section advises (consecutive indexes would tell the order of issue). A taken slot moves on
 * to the next (src/store/credentialStatus.ts).
 */
export function preferredStatusIndex(certificateId: string): number {
  // FNV-1a: consecutive ids (ObjectIds are) land far apart; no secret is needed, only spread.
  let hash = 0x811c9dc5
  for (const char of certificateId) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  return hash % STATUS_LIST_LENGTH
}

export const nextStatusIndex = (index: number) => (index + 1) % STATUS_LIST_LENGTH

export const STATUS_LIST_CONTEXT = 'https://www.w3.org/ns/credentials/status/v1'

/** The entry a credential carries in `credentialStatus`. */
export function statusListEntry(listUrl: string, index: number) {
  return {
    id: `${listUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(index),
    statusListCredential: listUrl,
  }
}

export type StatusListEntry = ReturnType<typeof statusListEntry>

/** The list itself as a credential of the issuer, signed like the certificates' credentials. */
export function statusListCredential(issuerDid: string, listUrl: string, encodedList: string, validFrom: Date) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerDid,
    validFrom: validFrom.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: {
      id: `${listUrl}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList,
    },
  }
}
