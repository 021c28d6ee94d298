import type { PayloadRequest } from 'payload'
import { BODY_FIELD } from '../../src/domain/parseInput'

export type JsonBody = { ok: true; body: unknown } | { ok: false; response: Response }

/** Far above any form of the portal (the longest text is 20,000 characters). */
const MAX_BODY_CHARACTERS = 200_000

const refusal = (status: 400 | 413 | 415, message: string): JsonBody => ({
  ok: false,
  response: Response.json({ message, errors: { [BODY_FIELD]: message } }, { status }),
})

/**
 * The JSON body of a custom endpoint, read before the endpoint reads or writes
 * anything. An empty body is `undefined` (the schema decides whether that will do);
 * a body that is not JSON, or not sent as JSON, is refused with a clear 4xx.
 */
export async function readJson(req: PayloadRequest): Promise<JsonBody> {
  const text = (await req.text?.().catch(() => '')) ?? ''
  if (text.trim() === '') return { ok: true, body: undefined }
  if (text.length > MAX_BODY_CHARACTERS) return refusal(413, 'Het verzoek is te groot.')
  const type = req.headers.get('content-type') ?? ''
  if (!/^application\/(?:[\w.+-]+\+)?json(?:\s*;|$)/i.test(type))
    return refusal(415, 'Stuur de gegevens als JSON (Content-Type: application/json).')
  try {
    return { ok: true, body: JSON.parse(text) }
  } catch {
    return refusal(400, 'De gegevens zijn geen geldige JSON.')
  }
}
