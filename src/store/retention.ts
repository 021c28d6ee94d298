import type { Payload } from 'payload'
import { modelOf } from './modelOf'
import {
  ANONYMISED_TITLE,
  ERASED,
  RETENTION_STATUSES,
  type RetentionCandidate,
  closedSince,
  isDueForAnonymising,
  retentionCutoff,
} from '../domain/retention'

export const DEFAULT_RETENTION_MONTHS = 12

export async function retentionMonths(payload: Payload): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
  return settings.privacy?.retentionMonths ?? DEFAULT_RETENTION_MONTHS
}

export type DueRequest = RetentionCandidate & { closedSince: string }

/** The requests the next run would anonymise, oldest first: one equality per closed status (FerretDB). */
export async function dueRequests(payload: Payload, now: Date, months: number): Promise<DueRequest[]> {
  const cutoff = retentionCutoff(now, months)
  const found = await Promise.all(
    RETENTION_STATUSES.map((status) =>
      payload.find({
        collection: 'requests',
        where: { status: { equals: status } },
        pagination: false,
        depth: 0,
        select: { status: true, closedAt: true, updatedAt: true, anonymisedAt: true },
        overrideAccess: true,
      }),
    ),
  )
  return found
    .flatMap((result) => result.docs as unknown as RetentionCandidate[])
    .map((doc) => ({ ...doc, id: String(doc.id) }))
    .filter((doc) => isDueForAnonymising(doc, cutoff))
    .map((doc) => ({ ...doc, closedSince: closedSince(doc) }))
    .sort((a, b) => a.closedSince.localeCompare(b.closedSince))
}

const unset = (paths: readonly string[]) => Object.fromEntries(paths.map((path) => [path, 1]))

/**
 * Anonymises one request with its offers and matches: free text and links to people and the
 * organisation go, what the research figures count stays. Raw updates, not Payload's: these
 * documents are closed, and a Payload write would refuse a request without its (required)
 * organisation. The request's mark comes last and only once, so a run that stopped halfway is
 * finished by the next, and a second run changes nothing: true only for the run that marked it.
 */
export async function anonymiseRequest(payload: Payload, requestId: string, now: Date): Promise<boolean> {
  await modelOf(payload, 'offers').updateMany({ request: requestId }, { $unset: unset(ERASED.offers) })
  await modelOf(payload, 'matches').updateMany({ request: requestId }, { $unset: unset(ERASED.matches) })
  const marked = await modelOf(payload, 'requests').updateOne(
    { _id: requestId, anonymisedAt: null },
    { $set: { title: ANONYMISED_TITLE, anonymisedAt: now, updatedAt: now }, $unset: unset(ERASED.requests) },
  )
  if (marked.modifiedCount === 0) return false
  await payload.create({
    collection: 'audit-log',
    data: {
      actor: null,
      actorLabel: 'bewaartermijn',
      action: 'anonymise',
      targetCollection: 'requests',
      targetId: requestId,
      fields: [...ERASED.requests, 'title'].sort(),
    },
    overrideAccess: true,
  })
  return true
}
