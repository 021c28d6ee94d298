import { describe, expect, it } from '@jest/globals'
import { Types } from 'mongoose'
import { flattenFilter } from '../../cms/db/flattenFilter'

describe('flattenFilter (FerretDB query shapes)', () => {
  const id = new Types.ObjectId()

  it('turns a findByID into the bare {_id} FerretDB looks up by key', () => {
    expect(flattenFilter({ $and: [{ _id: { $eq: id } }] })).toEqual({ _id: id })
  })

  it('lifts nested $and parts to the top level and bares scalar equalities', () => {
    const at = new Date('2026-01-01')
    expect(flattenFilter({ $and: [{ status: { $eq: 'active' } }, { $and: [{ freeCases: { $gt: 0 } }, { startedAt: { $eq: at } }] }] })).toEqual({
      status: 'active',
      freeCases: { $gt: 0 },
      startedAt: at,
    })
  })

  it('keeps a second condition on the same field, and every $or, intact', () => {
    const or = [{ region: { $eq: String(id) } }, { region: { $eq: id } }]
    expect(flattenFilter({ $and: [{ _id: { $in: [id] } }, { _id: { $ne: id } }, { $or: or }] })).toEqual({
      _id: { $in: [id] },
      $or: [{ region: String(id) }, { region: id }],
      $and: [{ _id: { $ne: id } }],
    })
  })

  it('leaves equality on objects, arrays and null as it was (bare they would mean something else)', () => {
    const filter = { a: { $eq: { x: 1 } }, b: { $eq: [1, 2] }, c: { $eq: null }, d: { $eq: 1, $exists: true } }
    expect(flattenFilter(filter)).toEqual(filter)
  })
})
