import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

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
  return createHash('sha256').update(certificateId).digest().readUInt32BE(0) % STATUS_LIST_LENGTH
}

export const nextStatusIndex = (index: number) => (index + 1) % STATUS_LIST_LENGTH

/** The list's `encodedList`: multibase base64url ('u') of the GZIP of the bits, index 0 the first byte's high bit. */
export function encodeStatusList(setIndexes: Iterable<number>): string {
  const bits = Buffer.alloc(STATUS_LIST_LENGTH / 8)
  for (const index of setIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= STATUS_LIST_LENGTH)
      throw new Error(`Status list index ${index} is outside 0..${STATUS_LIST_LENGTH - 1}`)
    bits[index >> 3]! |= 0x80 >> (index & 7)
  }
  return `u${gzipSync(bits).toString('base64url')}`
}

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
