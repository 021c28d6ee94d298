import { errorsInLanguage, messageInLanguage } from '../i18n/messageInLanguage'

/** The language the page is in (`<html lang>`, set from the reader's choice). */
const pageLanguage = () => (typeof document === 'undefined' ? 'nl' : document.documentElement.lang)

/** Field errors of a form, as the server or the shared schema gives them (Dutch), in the page's language. */
export const errorsInPageLanguage = (errors: Record<string, string>) => errorsInLanguage(errors, pageLanguage())

/** Our endpoints answer in Dutch; the reader of an English page gets `message` and `errors` in English. */
function inPageLanguage<T>(data: T): T {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data
  const { message, errors } = data as { message?: unknown; errors?: unknown }
  return {
    ...data,
    ...(typeof message === 'string' ? { message: messageInLanguage(message, pageLanguage()) } : {}),
    ...(errors && typeof errors === 'object' && !Array.isArray(errors)
      ? { errors: errorsInPageLanguage(errors as Record<string, string>) }
      : {}),
  }
}

/** The JSON answer of a portal call to Payload's REST API, never throwing on bad JSON. */
export async function postJson<T = Record<string, unknown>>(
  url: string,
  body: unknown,
): Promise<{ ok: boolean; status: number; data: T }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const data = inPageLanguage((await response.json().catch(() => ({}))) as T)
    return { ok: response.ok, status: response.status, data }
  } catch {
    // Network down or server unreachable: status 0 lets the form say so.
    return { ok: false, status: 0, data: {} as T }
  }
}

/**
 * The Dutch `{ message }` of our own endpoints. Payload's generic errors
 * (`{ errors: [{ message }] }`) are English and technical, so callers fall back
 * to their own translated text for those.
 */
export function messageOf(data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return undefined
  const message = (data as { message?: unknown }).message
  return typeof message === 'string' && message.length > 0 ? message : undefined
}
