import type { Payload } from 'payload'
import type { restClient } from './rest'
import type { World } from './world'

/**
 * One cell of the access matrix: its name ("coordinatorB confirm requests/ofA"), what the table
 * expects, and a run that answers null when it went so, else what happened instead.
 * `shared`: the cell works on a document that other cells change too, so it runs alone.
 */
export type Cell = {
  name: string
  expected?: string
  run: () => Promise<string | null>
  shared?: boolean
  /** The shared document: cells on different ones may run side by side. */
  lane?: string
}

/** What the cells of a section drive: the REST client, the world and the shared documents. */
export type MatrixContext = {
  payload: Payload
  world: World
  rest: ReturnType<typeof restClient>
  /** Per collection and target: the shared document the read cells look at. */
  fixture: Record<string, Record<string, string>>
}

export const DENIED = [401, 403, 404]

/** A document as stored, past every access rule. */
export const stored = async (payload: Payload, collection: string, id: string) =>
  (
    await payload.find({
      collection: collection as 'regions',
      where: { id: { equals: id } },
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
  ).docs[0] as unknown as Record<string, unknown> | undefined

export const valueAt = (doc: Record<string, unknown> | undefined, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], doc)

/** `{ escalation: { temporalLink: value } }` for 'escalation.temporalLink'. */
export const bodyAt = (path: string, value: unknown): Record<string, unknown> =>
  path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>
