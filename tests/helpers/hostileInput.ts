import fc from 'fast-check'

/** Client data as people type it, for free-text fields (more spellings in tests/unit/pii.test.ts). */
export const PII_SAMPLES = [
  'Kind (BSN 111222333, geb. 12-03-2015) is verhuisd naar 1012 AB 5',
  'Moeder bereikbaar op (06) 12345678',
  'geboren 2015-03-12, woont bij oma',
  'geb. 12-03-15',
  '1012 AB huisnummer 5',
  'moeder.jansen at gmail punt com',
  'bel +31 (0)20 123 45 67 na 17 uur',
  'BSN 123.456.782',
  'woont aan de Kerkstraat 12',
  'geboren op 12 maart 2015',
] as const

const piiSample = fc.constantFrom(...PII_SAMPLES)

/** A value that does not belong where it is sent: wrong types, operators, huge or odd strings, client data. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant({ $gt: '' }),
  fc.constant({ $ne: null }),
  fc.constant({ $where: 'sleep(1000)' }),
  fc.constant([]),
  fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }),
  fc.constant(['x']),
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('x'.repeat(100_000)),
  fc.constant('🐉'.repeat(2_000)),
  fc.constant('<script>alert(1)</script><img src=x onerror=alert(1)>'),
  fc.constant('\u0000\u202e\uFEFF\uD800'),
  fc.constant('000000000000000000000000'),
  fc.object({ maxDepth: 2, maxKeys: 3 }),
  piiSample,
)

/** Keys a client should never get to set, or that try to reach the query layer. */
export const extraKey = fc.constantFrom(
  'status',
  'organisation',
  'createdBy',
  'workflowId',
  'submittedAt',
  'member',
  'roles',
  '$where',
  '__proto__',
  'constructor',
  'id',
)

export type RawBody = { contentType: string | null; text: string; label: string }

/** Bodies that are not a JSON object sent as JSON. `valid` is the endpoint's valid body, sent the wrong way. */
export const rawBody = (valid: Record<string, unknown>): fc.Arbitrary<RawBody> =>
  fc.oneof(
    fc.constant({ contentType: 'text/plain', text: JSON.stringify(valid), label: 'valid JSON as text/plain' }),
    fc.constant({ contentType: null, text: JSON.stringify(valid), label: 'valid JSON without content type' }),
    fc.constant({ contentType: 'application/x-www-form-urlencoded', text: 'title=x&region=y', label: 'form encoded' }),
    fc
      .constantFrom('{', '{"a":', "{'a': 1}", 'undefined', 'NaN', '{"a": 1,}', '\u0000')
      .map((text) => ({ contentType: 'application/json', text, label: 'invalid JSON' })),
    fc
      .string({ minLength: 1, maxLength: 30 })
      .filter((text) => !isJson(text))
      .map((text) => ({ contentType: 'application/json', text, label: 'random text as JSON' })),
    fc
      .constantFrom('null', '1', '"x"', '[]', 'true', JSON.stringify([valid]))
      .map((text) => ({ contentType: 'application/json', text, label: 'JSON that is not an object' })),
  )

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
