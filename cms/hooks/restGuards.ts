import {
  type CollectionAfterErrorHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  ValidationError,
} from 'payload'

const NOT_JSON = 'Stuur de gegevens als JSON (Content-Type: application/json) of als formulier.'
const INVALID_JSON = 'De gegevens zijn geen geldige JSON.'
export const ACCOUNT_LOCKED =
  'Je account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over tien minuten opnieuw, of vraag een nieuw wachtwoord aan.'
const WRONG_LOGIN = 'Het e-mailadres of wachtwoord klopt niet.'

/**
 * A REST create or update whose body Payload could not read (e.g. sent as text/plain)
 * arrives without data; Payload then fails deep inside with a TypeError (500).
 */
export const refuseUnreadableBody: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if ((operation === 'create' || operation === 'update') && (args as { data?: unknown }).data === undefined) {
    // A ValidationError (400) is logged as one info line, like every other refused input.
    const error = new ValidationError({ collection: collection.slug, errors: [{ path: 'body', message: NOT_JSON }] })
    error.message = NOT_JSON
    throw error
  }
  return args
}

const ENGLISH_SUMMARY = /^The following fields? (is|are) invalid/

/** The Dutch top-level message for an error Payload phrases in English, or null to keep Payload's. */
function dutchSummary(error: Error): string | null {
  if (error.message === 'Invalid JSON') return INVALID_JSON
  // Login: Payload words these in the browser's language; the answer is Dutch whatever it asked for.
  if (error.name === 'LockedAuth') return ACCOUNT_LOCKED
  if (error.name === 'AuthenticationError') return WRONG_LOGIN
  if (!(error instanceof ValidationError) || !ENGLISH_SUMMARY.test(error.message)) return null
  const fields = (error.data as { errors?: { path?: string; message?: string }[] } | undefined)?.errors ?? []
  return `Niet alle gegevens zijn goed ingevuld: ${fields.map((field) => `${field.path} — ${field.message}`).join('; ')}`
}

/**
 * Some of Payload's own refusals (login, an unparseable body) carry an English summary
 * ("The following field is invalid: email", "Invalid JSON") above Dutch field
 * messages. The answer then leads with Dutch, naming each field.
 */
export const dutchErrorSummary: CollectionAfterErrorHook = ({ error, result }) => {
  const message = dutchSummary(error)
  if (!message || !result) return
  const errors = (result as { errors?: Record<string, unknown>[] }).errors ?? []
  return { response: { ...result, errors: errors.map((one) => ({ ...one, message })) } }
}

/** Adds the REST guards above to a collection, before its own hooks. */
export const withRestGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseUnreadableBody, ...(collection.hooks?.beforeOperation ?? [])],
    afterError: [dutchErrorSummary, ...(collection.hooks?.afterError ?? [])],
  },
})
