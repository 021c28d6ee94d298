import { describe, expect, it } from '@jest/globals'
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list'
import { encodeStatusList } from '../../src/credentials/statusListEncoding'
import { STATUS_LIST_LENGTH, nextStatusIndex, preferredStatusIndex } from '../../src/domain/statusList'

/** The list as the platform encodes it, read back by a library the project did not write. */
describe('the revocation status list', () => {
  it('sets exactly the given bits, index 0 the first bit, in a list of 131,072', async () => {
    const set = [0, 7, 8, 4242, STATUS_LIST_LENGTH - 1]
    const list = await decodeList({ encodedList: encodeStatusList(set) })
    expect(list.length).toBe(STATUS_LIST_LENGTH)
    for (const index of [...set, 1, 6, 9, 4241, 4243, STATUS_LIST_LENGTH - 2])
      expect([index, list.getStatus(index)]).toEqual([index, set.includes(index)])
  })

  it('is the same empty list of the minimum size when nothing is revoked', async () => {
    const encoded = encodeStatusList([])
    expect(encoded.startsWith('u')).toBe(true)
    const list = await decodeList({ encodedList: encoded })
    expect([0, 1, STATUS_LIST_LENGTH - 1].map((index) => list.getStatus(index))).toEqual([false, false, false])
  })

  it('refuses an index outside the list rather than wrapping it onto another certificate', () => {
    expect(() => encodeStatusList([STATUS_LIST_LENGTH])).toThrow(/outside/)
    expect(() => encodeStatusList([-1])).toThrow(/outside/)
    expect(() => encodeStatusList([1.5])).toThrow(/outside/)
  })

  it('spreads certificates over the list, and a taken slot moves on inside it', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `66f${String(i).padStart(21, '0')}`)
    const indexes = ids.map(preferredStatusIndex)
    expect(indexes.every((index) => index >= 0 && index < STATUS_LIST_LENGTH)).toBe(true)
    expect(preferredStatusIndex(ids[0]!)).toBe(indexes[0])
    // Consecutive ids (ObjectIds are) do not get neighbouring bits that would tell the order of issue.
    expect(new Set(indexes).size).toBeGreaterThan(195)
    expect(Math.max(...indexes) - Math.min(...indexes)).toBeGreaterThan(STATUS_LIST_LENGTH / 2)
    expect(nextStatusIndex(STATUS_LIST_LENGTH - 1)).toBe(0)
  })
})
