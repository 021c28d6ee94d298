import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { ROLES } from '../../cms/access/roles'
import { placesOf } from '../../src/store/places'
import type { User } from '../../cms/payload-types'
import { DEMO_ACCOUNTS, seed, type SeedSummary } from '../../cms/seed'
import { EMDR_TRAINING_SLUG } from '../../cms/seed/trainings'
import { recordMatch } from '../../workflows/matching/recordMatch'
import { dropTestDatabase, testPayload } from '../helpers/payload'

const COUNTED: CollectionSlug[] = [
  'regions',
  'expertise',
  'organisations',
  'users',
  'members',
  'articles',
  'trainings',
  'certificates',
]

async function countAll(payload: Payload) {
  const entries = await Promise.all(
    COUNTED.map(
      async (collection) =>
        [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs] as const,
    ),
  )
  return Object.fromEntries(entries)
}

async function one(payload: Payload, collection: CollectionSlug, where: Record<string, unknown>) {
  const result = await payload.find({ collection, where: where as never, limit: 1, depth: 0, overrideAccess: true })
  return result.docs[0] as unknown as Record<string, unknown> & { id: string; updatedAt: string }
}

describe('seed', () => {
  let payload: Payload
  let first: SeedSummary

  beforeAll(async () => {
    payload = await testPayload()
    first = await seed(payload)
  })

  afterAll(async () => {
    await dropTestDatabase(payload)
  })

  it('creates all 35 regions with founding flags and neighbours', async () => {
    const regions = await payload.find({ collection: 'regions', pagination: false, depth: 0, overrideAccess: true })
    expect(regions.totalDocs).toBe(35)
    expect(
      regions.docs
        .filter((region) => region.founding)
        .map((region) => region.name)
        .sort(),
    ).toEqual([
      'Alkmaar/West-Friesland',
      'Amsterdam-Amstelland',
      'Flevoland',
      'Kennemerland',
      'Kop van Noord-Holland',
      'Zaanstreek-Waterland',
    ])
    for (const region of regions.docs) {
      expect(region.neighbours?.length).toBeGreaterThan(0)
      expect(region.targetTherapists).toBe(9)
    }
  })

  it('creates at least 40 plausible therapists spread over at least 10 regions', async () => {
    const members = await payload.find({ collection: 'members', pagination: false, depth: 0, overrideAccess: true })
    expect(members.totalDocs).toBeGreaterThanOrEqual(40)
    expect(new Set(members.docs.map((member) => member.homeRegion)).size).toBeGreaterThanOrEqual(10)
    const pending = members.docs.filter((member) => member.status === 'pending').length
    expect(pending).toBeGreaterThanOrEqual(2)
    expect(pending).toBeLessThanOrEqual(3)
    for (const member of members.docs) {
      const places = await placesOf(payload, 'cases', String(member.id))
      expect(places).toMatchObject({
        capacity: member.capacityCases,
        free: member.capacityCases,
        owed: 0,
        claims: [],
        open: member.status === 'active',
      })
      expect(places!.free).toBeLessThanOrEqual(member.capacityCases)
      expect(places!.free).toBeGreaterThanOrEqual(0)
      expect(member.capacityCases).toBeGreaterThanOrEqual(1)
      expect(member.capacityCases).toBeLessThanOrEqual(4)
      expect(member.registrationNumber).toMatch(member.registrationType === 'BIG' ? /^\d{11}$/ : /^\d{6,9}$/)
      expect(member.methods?.length).toBeGreaterThan(0)
      expect(member.targetGroups?.length).toBeGreaterThan(0)
    }
  })

  it('creates six organisations of at least four types', async () => {
    const organisations = await payload.find({
      collection: 'organisations',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(organisations.totalDocs).toBe(6)
    expect(new Set(organisations.docs.map((org) => org.type)).size).toBeGreaterThanOrEqual(4)
  })

  it('creates one demo account per role, the therapist with an active profile', async () => {
    expect(DEMO_ACCOUNTS.map((account) => account.role).sort()).toEqual([...ROLES].sort())
    for (const account of DEMO_ACCOUNTS) {
      const user = await one(payload, 'users', { email: { equals: account.email } })
      expect(user?.roles).toEqual([account.role])
    }
    const coordinator = await one(payload, 'users', { email: { equals: 'coordinator@drakentemmers.example' } })
    expect(coordinator.organisation).toBeTruthy()
    const therapist = await one(payload, 'users', { email: { equals: 'therapist@drakentemmers.example' } })
    const profile = await one(payload, 'members', { user: { equals: therapist.id } })
    expect(profile.status).toBe('active')
    const login = await payload.login({
      collection: 'users',
      data: { email: 'therapist@drakentemmers.example', password: 'Drakentemmers!2026' },
    })
    expect(login.token).toBeTruthy()
  })

  it('gives the EMDR training the steps of the EMDR Europe practitioner norms', async () => {
    const training = await payload.find({
      collection: 'trainings',
      where: { slug: { equals: EMDR_TRAINING_SLUG } },
      depth: 1,
      overrideAccess: true,
    })
    const emdr = training.docs[0]!
    const targets = (kind: string) => (emdr.steps ?? []).filter((step) => step.kind === kind).map((step) => step.target)
    expect(targets('sessions')).toEqual([6])
    expect(targets('supervised-cases').sort()).toEqual([25, 50])
    expect(targets('supervision-hours')).toEqual([20])
    expect(targets('assessment')).toHaveLength(1)
    expect(emdr.validityYears).toBe(5)
    expect(emdr.renewalCredits).toBe(50)
    expect((emdr.trainers as { email: string }[]).map((trainer) => trainer.email)).toEqual([
      'trainer@drakentemmers.example',
    ])
    expect(await payload.count({ collection: 'trainings', overrideAccess: true })).toEqual({ totalDocs: 3 })
  })

  it('publishes at least 12 articles of each kind, some for members only, searchable', async () => {
    const articles = await payload.find({ collection: 'articles', pagination: false, depth: 0, overrideAccess: true })
    expect(articles.totalDocs).toBeGreaterThanOrEqual(12)
    expect(new Set(articles.docs.map((article) => article.kind))).toEqual(
      new Set(['onderzoek', 'praktijkkennis', 'nieuws', 'interview', 'handreiking']),
    )
    expect(
      articles.docs.every(
        (article) => article._status === 'published' && article.publishedAt && article.searchTokens?.length,
      ),
    ).toBe(true)
    expect(articles.docs.filter((article) => article.membersOnly).length).toBeGreaterThanOrEqual(1)
  })

  it('writes nothing to the audit log', async () => {
    expect((await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('changes nothing when run a second time', async () => {
    const countsBefore = await countAll(payload)
    const samples = await Promise.all([
      one(payload, 'regions', { slug: { equals: 'amsterdam' } }),
      one(payload, 'users', { email: { equals: 'admin@drakentemmers.example' } }),
      one(payload, 'members', { displayName: { equals: 'Sanne de Wit' } }),
      one(payload, 'trainings', { slug: { equals: EMDR_TRAINING_SLUG } }),
      one(payload, 'articles', { kind: { equals: 'onderzoek' } }),
    ])

    const second = await seed(payload)

    expect(await countAll(payload)).toEqual(countsBefore)
    for (const [key, counts] of Object.entries(second)) {
      if (key === 'durationMs') continue
      expect({ key, ...(counts as object) }).toMatchObject({ key, created: 0 })
    }
    expect(first.members.created).toBe(countsBefore.members)
    const after = await Promise.all(
      samples.map((doc, i) =>
        one(payload, (['regions', 'users', 'members', 'trainings', 'articles'] as const)[i]!, {
          id: { equals: doc.id },
        }),
      ),
    )
    expect(after.map((doc) => doc.updatedAt)).toEqual(samples.map((doc) => doc.updatedAt))
  })

  it('keeps a match’s place, its claim and the therapist’s own profile change when run again', async () => {
    // Femke van Dijk: a seeded therapist with a certificate (so the seed also touched her profile).
    const femke = await one(payload, 'members', { displayName: { equals: 'Femke van Dijk' } })
    const account = (await payload.findByID({
      collection: 'users',
      id: String(femke.user),
      depth: 0,
      overrideAccess: true,
    })) as User
    const organisation = await one(payload, 'organisations', {})
    const coordinator = await one(payload, 'users', { email: { equals: 'coordinator@drakentemmers.example' } })
    const request = await payload.create({
      collection: 'requests',
      data: {
        title: 'Casus na herstart',
        organisation: organisation.id,
        kind: 'case',
        region: String(femke.homeRegion),
        urgency: 'normal',
        status: 'matching',
      },
      overrideAccess: true,
    })
    if (((await placesOf(payload, 'cases', femke.id))?.free ?? 0) === 0) {
      await payload.update({
        collection: 'members',
        id: femke.id,
        data: { capacityCases: Number(femke.capacityCases) + 1 },
        user: account,
        overrideAccess: false,
      })
    }
    const before = (await placesOf(payload, 'cases', femke.id))!
    expect(
      await recordMatch(payload, {
        requestId: String(request.id),
        memberId: femke.id,
        by: coordinator.id,
        manual: false,
      }),
    ).toMatchObject({ outcome: 'matched' })
    const edited = await payload.update({
      collection: 'members',
      id: femke.id,
      data: { hoursPerWeek: 11, motivation: 'Eigen tekst van Femke.' },
      user: account,
      overrideAccess: false,
    })
    const afterMatch = (await placesOf(payload, 'cases', femke.id))!
    expect(afterMatch).toMatchObject({ free: before.free - 1, claims: [String(request.id)] })

    const again = await seed(payload)

    expect(again.members).toMatchObject({ created: 0 })
    expect(await placesOf(payload, 'cases', femke.id)).toEqual(afterMatch)
    const stored = await payload.findByID({ collection: 'members', id: femke.id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({
      hoursPerWeek: 11,
      motivation: 'Eigen tekst van Femke.',
      capacityCases: edited.capacityCases,
      updatedAt: edited.updatedAt,
    })
    expect(
      (
        await payload.find({
          collection: 'matches',
          where: { request: { equals: request.id } },
          depth: 0,
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })
})
