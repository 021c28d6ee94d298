import { APIError, type CollectionBeforeChangeHook } from 'payload'
import type { Request } from '../../../payload-types'

/** What the coordinator asked for; the matching works from it once the request is submitted. */
const CONTENT_FIELDS = [
  'title',
  'kind',
  'region',
  'expertise',
  'targetGroup',
  'urgency',
  'hoursPerWeek',
  'wantedStart',
  'context',
] as const

export const REQUEST_LOCKED =
  'Deze aanvraag is al ingediend: de inhoud kan niet meer worden gewijzigd, want er wordt al mee gematcht. Annuleer de aanvraag en dien een nieuwe in, of neem contact op met het platformteam.'

/** One comparable form of a stored or sent value: ids for relations, instants for dates. */
function comparable(value: unknown): unknown {
  if (value === undefined || value === '') return null
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  if (value instanceof Date) return value.getTime()
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)))
    return Date.parse(value)
  return value
}

/**
 * Once a request has left `draft`, offers went out on its content: a change to it is
 * refused (nothing is written), whoever sends it. A save that changes nothing (the admin
 * panel sends the whole document) and the system's writes of status and escalation pass.
 */
export const lockSubmittedRequest: CollectionBeforeChangeHook<Request> = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc || originalDoc.status === 'draft') return data
  const changed = CONTENT_FIELDS.filter(
    (field) =>
      field in data && JSON.stringify(comparable(data[field])) !== JSON.stringify(comparable(originalDoc[field])),
  )
  if (changed.length > 0) throw new APIError(REQUEST_LOCKED, 409, { fields: changed }, true)
  return data
}

/** The filer is whoever is logged in; a value sent for it was already dropped (field access). */
export const setRequestFiler: CollectionBeforeChangeHook<Request> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.createdBy = req.user.id
  return data
}
