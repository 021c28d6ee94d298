import type { Payload } from 'payload'
import { type Facts, type FollowUpOutcome, daysBetween, quarterOf } from '../domain/researchFigures'
import { firstOfferPerRequest, readAll } from './readAll'

const idOf = (value: unknown) => String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * The facts behind the research export, read with only the fields the figures need (no title,
 * context, outcome text or names leave this function except region and expertise names).
 * Equality-only or unfiltered reads; grouping happens in memory (FerretDB).
 */
export async function researchFacts(payload: Payload, quarters: string[]): Promise<Facts> {
  type Doc = Record<string, unknown>
  const all = <T>(collection: string, select: Doc, where?: object) =>
    readAll(payload, collection, select, where) as Promise<T[]>
  const [requests, offers, matches, regions, expertise, enrolments, certificates, groups] = await Promise.all([
    all<Doc>('requests', { submittedAt: true, region: true, kind: true, targetGroup: true, expertise: true }),
    all<Doc>('offers', { request: true, createdAt: true }),
    all<Doc>('matches', { request: true, confirmedAt: true, followUp: { started: true, answeredAt: true } }),
    all<Doc>('regions', { name: true }),
    all<Doc>('expertise', { name: true }),
    all<Doc>('enrollments', { enrolledAt: true }),
    all<Doc>('certificates', { issuedAt: true }),
    all<Doc>(
      'groups',
      { sessions: { startsAt: true, durationMinutes: true, present: true } },
      { kind: { equals: 'supervision' } },
    ),
  ])
  const inRange = (moment: unknown) => typeof moment === 'string' && quarters.includes(quarterOf(moment))
  const names = new Map([...regions, ...expertise].map((doc) => [idOf(doc.id), String(doc.name)]))
  const firstOffer = firstOfferPerRequest(offers, (offer) => idOf(offer.request))
  const matchOf = new Map(matches.filter((m) => typeof m.confirmedAt === 'string').map((m) => [idOf(m.request), m]))
  const followUpOf = (match: Doc): FollowUpOutcome => {
    const answer = (match.followUp as { started?: boolean | null; answeredAt?: string | null } | undefined) ?? {}
    return !answer.answeredAt ? 'not-answered' : answer.started ? 'started' : 'not-started'
  }
  return {
    quarters,
    requests: requests
      .filter((r) => inRange(r.submittedAt))
      .map((r) => {
        const submittedAt = String(r.submittedAt)
        const offered = firstOffer.get(idOf(r.id))
        const match = matchOf.get(idOf(r.id))
        const matched = match ? String(match.confirmedAt) : undefined
        return {
          quarter: quarterOf(submittedAt),
          region: names.get(idOf(r.region)) ?? 'onbekend',
          kind: String(r.kind),
          targetGroup: r.targetGroup ? (names.get(idOf(r.targetGroup)) ?? 'onbekend') : 'niet opgegeven',
          expertise: ((r.expertise as unknown[] | undefined) ?? []).map((e) => names.get(idOf(e)) ?? 'onbekend'),
          daysToFirstOffer: offered ? daysBetween(submittedAt, offered) : null,
          daysToMatch: matched ? daysBetween(submittedAt, matched) : null,
          followUp: match ? followUpOf(match) : null,
        }
      }),
    enrolments: enrolments
      .filter((e) => inRange(e.enrolledAt))
      .map((e) => ({ quarter: quarterOf(String(e.enrolledAt)) })),
    certificates: certificates
      .filter((c) => inRange(c.issuedAt))
      .map((c) => ({ quarter: quarterOf(String(c.issuedAt)) })),
    supervision: groups.flatMap((group) =>
      ((group.sessions as Doc[] | undefined) ?? [])
        .filter((s) => inRange(s.startsAt) && Array.isArray(s.present) && s.present.length > 0)
        .map((s) => ({
          quarter: quarterOf(String(s.startsAt)),
          hours: Number(s.durationMinutes ?? 0) / 60,
          present: (s.present as unknown[]).map(idOf),
        })),
    ),
  }
}
