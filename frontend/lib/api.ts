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
    const data = (await response.json().catch(() => ({}))) as T
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
