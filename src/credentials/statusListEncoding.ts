import { gzipSync } from 'node:zlib'
import { STATUS_LIST_LENGTH } from '../domain/statusList'

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
