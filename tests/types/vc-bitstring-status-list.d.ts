/** The part of Digital Bazaar's status list library the tests use as an outside verifier (it ships no types). */
declare module '@digitalbazaar/vc-bitstring-status-list' {
  export function decodeList(options: { encodedList: string }): Promise<{
    length: number
    getStatus(index: number): boolean
  }>
  export function getCredentialStatus(options: { credential: object; statusPurpose: 'revocation' | 'suspension' }): {
    id?: string
    type: string
    statusPurpose: string
    statusListIndex: string
    statusListCredential: string
  }
}
