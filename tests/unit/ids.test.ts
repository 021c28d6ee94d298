import { describe, expect, it } from '@jest/globals'
import { Types } from 'mongoose'
import { idOf, idsOf, requiredIdOf } from '../../src/domain/ids'

describe('idOf', () => {
  it('reads a plain id, a number and a populated document', () => {
    expect(idOf('65a1b2c3d4e5f60718293a4b')).toBe('65a1b2c3d4e5f60718293a4b')
    expect(idOf(42)).toBe('42')
    expect(idOf({ id: 'abc', name: 'Utrecht' })).toBe('abc')
  })

  it('reads an ObjectId as its hex string, not its raw id bytes', () => {
    const objectId = new Types.ObjectId('65a1b2c3d4e5f60718293a4b')
    expect(idOf(objectId)).toBe('65a1b2c3d4e5f60718293a4b')
    expect(idOf({ id: objectId })).toBe('65a1b2c3d4e5f60718293a4b')
  })

  it('gives null for nothing, never the string "null" or "undefined"', () => {
    expect(idOf(null)).toBeNull()
    expect(idOf(undefined)).toBeNull()
    expect(idOf('')).toBeNull()
    expect(idOf({ id: null })).toBeNull()
    expect(idOf({ name: 'no id' })).toBeNull()
  })
})

describe('requiredIdOf and idsOf', () => {
  it('requiredIdOf names what is missing', () => {
    expect(requiredIdOf({ id: 'x' }, 'offer.member')).toBe('x')
    expect(() => requiredIdOf(null, 'offer.member')).toThrow('offer.member has no id')
  })

  it('idsOf keeps the order and leaves empty entries out', () => {
    expect(idsOf(['a', { id: 'b' }, null, '', 3])).toEqual(['a', 'b', '3'])
    expect(idsOf(undefined)).toEqual([])
    expect(idsOf('a')).toEqual([])
  })
})
