import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'
import { formNumber, parseInput } from '../../src/domain/parseInput'

const schema = z.object({
  title: z.string().max(5),
  region: z.string('Kies een regio.'),
  hours: formNumber(z.number('Vul een aantal uren in.').max(40, 'Hoogstens 40 uur.')).optional(),
  tags: z.array(z.string()).optional(),
})

describe('parseInput', () => {
  it("keeps the schema's own Dutch messages", () => {
    expect(parseInput(schema, { title: 'ok', region: 7 })).toEqual({
      ok: false,
      message: 'Kies een regio.',
      errors: { region: 'Kies een regio.' },
    })
  })

  it('replaces English defaults with Dutch ones that name the field', () => {
    expect(parseInput(schema, { region: 'r' })).toMatchObject({
      message: '"title" ontbreekt.',
      errors: { title: '"title" ontbreekt.' },
    })
    expect(parseInput(schema, { title: { $gt: '' }, region: 'r' })).toMatchObject({
      errors: { title: '"title" moet tekst zijn.' },
    })
    expect(parseInput(schema, { title: 'te lang hier', region: 'r' })).toMatchObject({
      errors: { title: '"title" is te lang (maximaal 5 tekens).' },
    })
    expect(parseInput(schema, { title: 'a', region: 'r', tags: [1] })).toMatchObject({
      errors: { 'tags.0': '"tags.0" moet tekst zijn.' },
    })
  })

  it('names the body when it is not an object at all', () => {
    for (const body of [undefined, null, [], 'x', 1])
      expect(parseInput(schema, body)).toMatchObject({
        ok: false,
        errors: { body: 'Stuur de gegevens als een JSON-object.' },
      })
  })

  it('reads numbers from JSON and form text, and refuses booleans, lists and objects instead of coercing them', () => {
    expect(parseInput(schema, { title: 'a', region: 'r', hours: '1,5' })).toEqual({
      ok: true,
      value: { title: 'a', region: 'r', hours: 1.5 },
    })
    expect(parseInput(schema, { title: 'a', region: 'r', hours: 6 })).toMatchObject({ ok: true })
    for (const hours of [true, [], { $gt: '' }, 'zes', '']) {
      expect(parseInput(schema, { title: 'a', region: 'r', hours })).toMatchObject({
        ok: false,
        errors: { hours: 'Vul een aantal uren in.' },
      })
    }
    expect(parseInput(schema, { title: 'a', region: 'r', hours: '41' })).toMatchObject({
      errors: { hours: 'Hoogstens 40 uur.' },
    })
  })
})
