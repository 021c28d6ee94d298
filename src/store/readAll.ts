import type { Payload } from 'payload'

type Doc = Record<string, unknown>

/**
 * Every document of a collection with only the fields asked for, unfiltered or by equality, for
 * figures that group in memory (FerretDB sorts and aggregates nothing itself). Bypasses access:
 * callers decide what of it leaves (aggregates only).
 */
export function readAll(payload: Payload, collection: string, select: Doc, where?: object): Promise<Doc[]> {
  return payload
    .find({
      collection: collection as 'requests',
      depth: 0,
      pagination: false,
      select: select as never,
      where: where as never,
      overrideAccess: true,
    })
    .then((result) => result.docs as unknown as Doc[])
}

/** When each request got its first offer: the earliest `createdAt` of its offers. */
export function firstOfferPerRequest(offers: readonly Doc[], requestOf: (offer: Doc) => string): Map<string, string> {
  const first = new Map<string, string>()
  for (const offer of offers) {
    const request = requestOf(offer)
    const at = String(offer.createdAt)
    if (!first.has(request) || at < first.get(request)!) first.set(request, at)
  }
  return first
}
