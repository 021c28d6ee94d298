import type { Payload, Where } from 'payload'
import { cache } from 'react'
import type { User } from '../../cms/payload-types'
import { memberIdOf } from '../../cms/access/memberOfUser'
import { hasRole } from '../../cms/access/roles'
import { readOnPortalPage } from '../../cms/hooks/accessLog/readRoute'
import { pendingClaims } from '../../src/domain/certification'
import { idOf } from '../../src/domain/ids'
import { forbiddenAsEmpty } from './forbiddenAsEmpty'
import { nameOf } from './format'
import { getPayloadClient } from './payload'
import { progressOf } from './progressOf'

/** One line of the start page: `kind` picks the text (attention.<kind>), `due` a deadline if any. */
export type AttentionItem = { kind: string; title: string; href: string; due?: string | null }

/** What asks for this user's action now, what is running, and the counts the menu shows per link. */
export type Attention = { action: AttentionItem[]; running: AttentionItem[]; counts: Record<string, number> }

type Read = (
  collection: 'offers' | 'enrollments' | 'requests' | 'members' | 'trainings' | 'groups',
  where: Where,
) => Promise<Record<string, unknown>[]>

/**
 * Equality-only reads (FerretDB 1.24 hands only top-level equality to its storage and sorts
 * in Go after reading everything), each one small: the status is filtered and the list
 * sorted here. Read as the user, so every access rule still applies.
 */
export async function attentionOf(payload: Payload, user: User): Promise<Attention> {
  const read: Read = async (collection, where) =>
    ((
      await forbiddenAsEmpty(
        payload.find({
          collection,
          where,
          depth: 1,
          pagination: false,
          overrideAccess: false,
          user,
          // The menu's counts and the start page's list: logged as reads of the person (access log).
          ...readOnPortalPage('aandacht (menu, /start)'),
        }),
      )
    )?.docs ?? []) as unknown as Record<string, unknown>[]
  const action: AttentionItem[] = []
  const running: AttentionItem[] = []
  const counts: Record<string, number> = {}
  const count = (href: string, n: number) => {
    if (n > 0) counts[href] = (counts[href] ?? 0) + n
  }
  const title = (doc: Record<string, unknown>, field: string, fallback = '—') => nameOf(doc[field], 'title') ?? fallback
  // A therapist may not read the request itself; the offer's summary names the case while it is open.
  const offerTitle = (offer: Record<string, unknown>) =>
    title(offer, 'request', String(offer.summary ?? '').split('\n')[0] || '—')

  if (hasRole(user, 'therapist')) {
    const memberId = await memberIdOf(payload, user.id)
    if (memberId) {
      const [offers, enrollments] = await Promise.all([
        read('offers', { member: { equals: memberId } }),
        read('enrollments', { member: { equals: memberId } }),
      ])
      const open = offers.filter((offer) => offer.status === 'open')
      for (const offer of open)
        action.push({
          kind: 'offer',
          title: offerTitle(offer),
          href: `/mijn-aanbiedingen/${offer.id}`,
          due: offer.deadline as string,
        })
      for (const offer of offers.filter((one) => one.status === 'accepted' || one.status === 'countered'))
        running.push({ kind: 'offerAnswered', title: offerTitle(offer), href: `/mijn-aanbiedingen/${offer.id}` })
      count('/mijn-aanbiedingen', open.length)
      const active = enrollments.filter((one) => one.status === 'active')
      const due = active.filter((one) => one.overdue || one.nextDeadline)
      for (const enrollment of due)
        action.push({
          kind: enrollment.overdue ? 'stepOverdue' : 'step',
          title: title(enrollment, 'training'),
          href: '/mijn-opleidingen',
          due: enrollment.nextDeadline as string,
        })
      for (const enrollment of active.filter((one) => !due.includes(one)))
        running.push({ kind: 'enrollment', title: title(enrollment, 'training'), href: '/mijn-opleidingen' })
      count('/mijn-opleidingen', due.length)
    }
  }

  const organisation = idOf(user.organisation)
  if (hasRole(user, 'coordinator') && organisation) {
    const requests = await read('requests', { organisation: { equals: organisation } })
    const kinds: Record<string, string> = { 'awaiting-confirmation': 'confirm', escalated: 'escalated', draft: 'draft' }
    for (const request of requests) {
      const item = { title: String(request.title ?? '—'), href: `/aanvragen/${request.id}` }
      if (kinds[String(request.status)]) action.push({ kind: kinds[String(request.status)]!, ...item })
      else if (request.status === 'matching') running.push({ kind: 'matching', ...item })
    }
    count(
      '/aanvragen',
      requests.filter((request) => request.status !== 'matching' && kinds[String(request.status)]).length,
    )
  }

  if (hasRole(user, 'admin')) {
    const [pending, escalated, matching] = await Promise.all([
      read('members', { status: { equals: 'pending' } }),
      read('requests', { status: { equals: 'escalated' } }),
      read('requests', { status: { equals: 'matching' } }),
    ])
    for (const member of pending)
      action.push({ kind: 'signUp', title: String(member.displayName ?? '—'), href: '/beheer/aanmeldingen' })
    for (const request of escalated)
      action.push({ kind: 'escalated', title: String(request.title ?? '—'), href: `/aanvragen/${request.id}` })
    for (const request of matching)
      running.push({ kind: 'matching', title: String(request.title ?? '—'), href: `/aanvragen/${request.id}` })
    count('/beheer', pending.length)
    count('/aanvragen', escalated.length)
  }

  if (hasRole(user, 'trainer')) {
    const trainings = await read('trainings', { trainers: { equals: user.id } })
    const enrollments = (
      await Promise.all(trainings.map((training) => read('enrollments', { training: { equals: training.id } })))
    ).flat()
    const reviews = enrollments.filter((one) => one.status === 'active' && one.pendingReview)
    for (const enrollment of reviews)
      action.push({
        kind: 'review',
        title: `${nameOf(enrollment.member, 'displayName') ?? '—'} · ${title(enrollment, 'training')}`,
        href: '/trainer',
      })
    const claims = enrollments
      .filter((one) => one.status === 'active')
      .flatMap((one) => (progressOf(one)?.steps ?? []).flatMap((step) => pendingClaims(step).map(() => one)))
    for (const enrollment of claims)
      action.push({
        kind: 'claim',
        title: `${nameOf(enrollment.member, 'displayName') ?? '—'} · ${title(enrollment, 'training')}`,
        href: '/trainer',
      })
    for (const training of trainings)
      running.push({ kind: 'training', title: String(training.title ?? '—'), href: '/trainer' })
    count('/trainer', reviews.length + claims.length)
  }

  if (hasRole(user, 'supervisor')) {
    const [offered, leading] = await Promise.all([
      read('groups', { 'supervisorOffers.supervisor': { equals: user.id } }),
      read('groups', { supervisor: { equals: user.id } }),
    ])
    const asked = offered.filter((group) =>
      ((group.supervisorOffers as { supervisor?: unknown; status?: string }[] | undefined) ?? []).some(
        (offer) => idOf(offer.supervisor) === String(user.id) && offer.status === 'offered',
      ),
    )
    for (const group of asked) action.push({ kind: 'groupOffer', title: String(group.name ?? '—'), href: '/groepen' })
    for (const group of leading.filter((one) => one.status === 'confirmed' || one.status === 'running'))
      running.push({ kind: 'group', title: String(group.name ?? '—'), href: '/groepen' })
    count('/groepen', asked.length)
  }

  // Soonest deadline first; items without one after them, in the order found.
  const time = (item: AttentionItem) => (item.due ? new Date(item.due).getTime() : Number.POSITIVE_INFINITY)
  action.sort((a, b) => time(a) - time(b))
  if (action.length > 0) counts['/start'] = action.length
  return { action, running, counts }
}

/** Once per request: the start page and the menu's counts share it. */
export const attentionFor = cache(async (user: User): Promise<Attention> => attentionOf(await getPayloadClient(), user))
