import { z } from 'zod'

/**
 * Parses input from outside (a request body) with zod. A refusal carries one Dutch
 * message for the person and `errors` keyed by field path for the developer and the
 * form. Messages a schema sets itself win; for everything else (wrong type, missing,
 * too long ...) the fallback below names the field, so no English default leaks out.
 */
export type InputErrors = Record<string, string>
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; errors: InputErrors }

/** The key of a problem with the body as a whole (not JSON, not an object). */
export const BODY_FIELD = 'body'

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
  date: 'een datum',
}

type Issue = {
  code?: string
  path?: PropertyKey[]
  expected?: unknown
  input?: unknown
  origin?: unknown
  maximum?: unknown
  minimum?: unknown
  keys?: string[]
}

export const fieldOf = (path: readonly PropertyKey[] | undefined) =>
  path && path.length > 0 ? path.map(String).join('.') : BODY_FIELD

/** Dutch fallback messages that name the field. */
export function dutchIssueMessage(issue: Issue): string {
  const field = fieldOf(issue.path)
  // A strict schema names what may not be sent (a field not editable on this form).
  if (issue.code === 'unrecognized_keys' && issue.keys?.length)
    return `Dit veld kun je hier niet wijzigen: ${issue.keys.map((key) => `"${key}"`).join(', ')}.`
  if (field === BODY_FIELD) return 'Stuur de gegevens als een JSON-object.'
  const name = `"${field}"`
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${name} ontbreekt.`
      return `${name} moet ${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)} zijn.`
    case 'too_big':
      return issue.origin === 'string'
        ? `${name} is te lang (maximaal ${String(issue.maximum)} tekens).`
        : `${name} is te groot (maximaal ${String(issue.maximum)}).`
    case 'too_small':
      return issue.origin === 'string'
        ? `${name} is te kort (minstens ${String(issue.minimum)} tekens).`
        : `${name} is te klein (minstens ${String(issue.minimum)}).`
    case 'invalid_value':
    case 'invalid_union':
      return `${name} heeft geen geldige waarde.`
    case 'invalid_format':
      return `${name} heeft niet de goede vorm.`
    case 'unrecognized_keys':
      return `Onbekend veld in ${name}.`
    default:
      return `${name} is ongeldig.`
  }
}

export function errorsOf(error: z.ZodError): InputErrors {
  const errors: InputErrors = {}
  for (const issue of error.issues) {
    // Each field that may not be sent is named on its own, like any other wrong field.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => fieldOf([...issue.path, key])) : []
    for (const field of keys.length ? keys : [fieldOf(issue.path)]) errors[field] ??= issue.message
  }
  return errors
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(input, { error: (issue) => dutchIssueMessage(issue as Issue) })
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Ongeldige invoer.', errors: errorsOf(parsed.error) }
}

/** Document ids are MongoDB ObjectIds: anything else can never name a document, so it is refused before a query. */
export const DOCUMENT_ID = /^[0-9a-f]{24}$/i
export const isDocumentId = (value: unknown): value is string => typeof value === 'string' && DOCUMENT_ID.test(value)

/**
 * A number from JSON or from a form field ("6", "1,5"): `formNumber(z.number('Vul een
 * aantal in.').min(0))`. Unlike `z.coerce.number`, a boolean, list or object is refused
 * instead of read as 1 or 0.
 */
export const formNumber = <T extends z.ZodNumber>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(',', '.')) : value),
    schema,
  )
