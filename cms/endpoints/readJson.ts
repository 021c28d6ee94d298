import type { PayloadRequest } from 'payload'

/** The JSON body of a custom endpoint, or undefined when it is missing or not JSON. */
export async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}
