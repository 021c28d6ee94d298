import { describe, expect, it } from '@jest/globals'
import { Types } from 'mongoose'
import { flattenFilter } from '../../cms/db/flattenFilter'
import { projectDocument } from '../../cms/db/projectDocument'

describe('flattenFilter (FerretDB query shapes)', () => {
  const id = new Types.ObjectId()

  it('turns a findByID into the bare {_id} FerretDB looks up by key', () => {
    expect(flattenFilter({ $and: [{ _id: { $eq: id } }] })).toEqual({ _id: id })
  })

  it('lifts nested $and parts to the top level and bares scalar equalities', () => {
    const at = new Date('2026-01-01')
    expect(
      flattenFilter({
        $and: [{ status: { $eq: 'active' } }, { $and: [{ freeCases: { $gt: 0 } }, { startedAt: { $eq: at } }] }],
      }),
    ).toEqual({
      status: 'active',
      freeCases: { $gt: 0 },
      startedAt: at,
    })
  })

  it('keeps a second condition on the same field, and every $or, intact', () => {
    const other = new Types.ObjectId()
    const or = [{ region: { $eq: String(id) } }, { region: { $eq: id } }]
    expect(flattenFilter({ $and: [{ _id: { $in: [id, other] } }, { _id: { $ne: id } }, { $or: or }] })).toEqual({
      _id: { $in: [id, other] },
      $or: [{ region: String(id) }, { region: id }],
      $and: [{ _id: { $ne: id } }],
    })
  })

  it('leaves equality on objects, arrays and null as it was (bare they would mean something else)', () => {
    const filter = { a: { $eq: { x: 1 } }, b: { $eq: [1, 2] }, c: { $eq: null }, d: { $eq: 1, $exists: true } }
    expect(flattenFilter(filter)).toEqual(filter)
  })

  it('turns a one-element $in into plain equality', () => {
    expect(
      flattenFilter({ $and: [{ key: { $in: ['a'] } }, { tags: { $in: ['x', 'y'] } }, { gone: { $in: [null] } }] }),
    ).toEqual({
      key: 'a',
      tags: { $in: ['x', 'y'] },
      gone: { $in: [null] },
    })
  })

  describe('relationship equality, written by Payload as string-or-ObjectId', () => {
    const relationship = (path: string) => ({ $or: [{ [path]: { $eq: String(id) } }, { [path]: { $eq: id } }] })
    const onlyRequest = (path: string) => path === 'request'

    it('keeps the ObjectId alone on an ObjectId path (mongoose casts the string to the same id)', () => {
      expect(flattenFilter({ $and: [relationship('request'), { status: { $eq: 'open' } }] }, onlyRequest)).toEqual({
        request: id,
        status: 'open',
      })
    })

    it('leaves the $or on any other path, and when the two ids differ', () => {
      expect(flattenFilter({ $and: [relationship('title')] }, onlyRequest)).toEqual({
        $or: [{ title: String(id) }, { title: id }],
      })
      const other = new Types.ObjectId()
      const mixed = { $or: [{ request: { $eq: String(other) } }, { request: { $eq: id } }] }
      expect(flattenFilter(mixed, onlyRequest)).toEqual({ $or: [{ request: String(other) }, { request: id }] })
    })
  })
})

describe('projectDocument (findAndModify without a projection on FerretDB)', () => {
  const doc = { _id: 1, email: 'a@example.test', loginAttempts: 2, lockUntil: null, group: { a: 1, b: 2 }, hash: 'x' }

  it('keeps only the included top-level fields, and _id unless excluded', () => {
    expect(projectDocument(doc, { loginAttempts: true, lockUntil: true })).toEqual({
      _id: 1,
      loginAttempts: 2,
      lockUntil: null,
    })
    expect(projectDocument(doc, { _id: 0, 'group.a': 1 })).toEqual({ group: { a: 1, b: 2 } })
  })

  it('drops the excluded fields', () => {
    expect(projectDocument(doc, { hash: 0, email: 0 })).toEqual({
      _id: 1,
      loginAttempts: 2,
      lockUntil: null,
      group: { a: 1, b: 2 },
    })
  })
})
