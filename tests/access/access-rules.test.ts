import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { claimPlace, placesOf } from '../../src/store/places'
import { memberDecisionEndpoint } from '../../cms/endpoints/members/decisionEndpoint'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'

/**
 * Every access rule in cms/access (and the inline ones in collections), each with
 * one allowed and one denied case, through the Local API with overrideAccess: false.
 */
type User = Awaited<ReturnType<typeof createUser>> & { collection: 'users' }

let payload: Payload
const users = {} as Record<
  | 'admin'
  | 'editor'
  | 'trainer'
  | 'coordinatorA'
  | 'coordinatorB'
  | 'therapist'
  | 'otherTherapist'
  | 'pendingTherapist'
  | 'supervisor',
  User
>
const ids = {} as Record<string, string>

const as = (user: User | null) => ({ overrideAccess: false, user: user ?? undefined }) as const
const asUser = (user: Awaited<ReturnType<typeof createUser>>): User => ({ ...user, collection: 'users' })

beforeAll(async () => {
  payload = await testPayload()
  const region = await createRegion(payload)
  ids.region = String(region.id)
  const orgA = await createOrganisation(payload, ids.region, 'Opvang A')
  const orgB = await createOrganisation(payload, ids.region, 'Opvang B')
  ids.orgA = String(orgA.id)
  ids.orgB = String(orgB.id)
  users.admin = asUser(await createUser(payload, ['admin']))
  users.editor = asUser(await createUser(payload, ['editor']))
  users.trainer = asUser(await createUser(payload, ['trainer']))
  users.supervisor = asUser(await createUser(payload, ['supervisor']))
  users.coordinatorA = asUser(await createUser(payload, ['coordinator'], { organisation: ids.orgA }))
  users.coordinatorB = asUser(await createUser(payload, ['coordinator'], { organisation: ids.orgB }))
  users.therapist = asUser(await createUser(payload, ['therapist']))
  users.otherTherapist = asUser(await createUser(payload, ['therapist']))
  ids.member = String((await createMember(payload, String(users.therapist.id), ids.region, 'active')).id)
  ids.otherMember = String((await createMember(payload, String(users.otherTherapist.id), ids.region, 'active')).id)
  users.pendingTherapist = asUser(await createUser(payload, ['therapist']))
  ids.pendingMember = String((await createMember(payload, String(users.pendingTherapist.id), ids.region, 'pending')).id)

  const request = (organisation: string, title: string) =>
    payload.create({
      collection: 'requests',
      data: { title, organisation, kind: 'case', region: ids.region, urgency: 'normal', status: 'matching' },
      overrideAccess: true,
    })
  ids.requestA = String((await request(ids.orgA, 'Aanvraag A')).id)
  ids.requestB = String((await request(ids.orgB, 'Aanvraag B')).id)
  ids.offer = String(
    (
      await payload.create({
        collection: 'offers',
        data: { request: ids.requestA, member: ids.member, status: 'open' },
        overrideAccess: true,
      })
    ).id,
  )
  ids.match = String(
    (
      await payload.create({
        collection: 'matches',
        data: { request: ids.requestA, organisation: ids.orgA, member: ids.member },
        overrideAccess: true,
      })
    ).id,
  )
  ids.group = String(
    (
      await payload.create({
        collection: 'groups',
        data: {
          name: 'Intervisie Noord',
          kind: 'intervision',
          region: ids.region,
          theme: 'EMDR',
          supervisor: users.supervisor.id,
          members: [ids.member],
          status: 'confirmed',
        },
        overrideAccess: true,
      })
    ).id,
  )
  ids.signup = String(
    (
      await payload.create({
        collection: 'group-signups',
        data: { member: ids.member, kind: 'intervision', region: ids.region, theme: 'EMDR', status: 'waiting' },
        overrideAccess: true,
      })
    ).id,
  )
  ids.training = String(
    (
      await payload.create({
        collection: 'trainings',
        data: {
          title: 'EMDR basis',
          summary: 'Basisopleiding',
          format: 'online',
          capacity: 10,
          trainers: [users.trainer.id],
        },
        overrideAccess: true,
      })
    ).id,
  )
  ids.enrollment = String(
    (
      await payload.create({
        collection: 'enrollments',
        data: { training: ids.training, member: ids.member, status: 'active' },
        overrideAccess: true,
      })
    ).id,
  )
  ids.certificate = String(
    (
      await payload.create({
        collection: 'certificates',
        data: {
          number: `DT-${Date.now()}`,
          member: ids.member,
          training: ids.training,
          issuedAt: new Date().toISOString(),
          validUntil: new Date(Date.now() + 1e10).toISOString(),
          status: 'valid',
        },
        overrideAccess: true,
      })
    ).id,
  )

  const article = (title: string, status: 'draft' | 'published', membersOnly = false) =>
    payload.create({
      collection: 'articles',
      data: { title, kind: 'nieuws', summary: 'Samenvatting', membersOnly, _status: status },
      draft: status === 'draft',
      overrideAccess: true,
    })
  ids.published = String((await article('Gepubliceerd', 'published')).id)
  ids.draft = String((await article('Concept', 'draft')).id)
  ids.membersOnly = String((await article('Alleen leden', 'published', true)).id)
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

const visibleIds = async (collection: Parameters<Payload['find']>[0]['collection'], user: User | null) =>
  (await payload.find({ collection, ...as(user), limit: 100, depth: 0 })).docs.map((doc) => String(doc.id))

describe('public reference data (anyone / isAdmin)', () => {
  it('the public reads regions; only staff create them', async () => {
    expect(await visibleIds('regions', null)).toContain(ids.region)
    await expect(
      payload.create({
        collection: 'regions',
        data: { name: 'Nieuw', slug: 'nieuw-a', centrumgemeente: 'X' },
        ...as(users.admin),
      }),
    ).resolves.toBeDefined()
    await expect(
      payload.create({
        collection: 'regions',
        data: { name: 'Nieuw', slug: 'nieuw-b', centrumgemeente: 'X' },
        ...as(users.coordinatorA),
      }),
    ).rejects.toThrow()
  })
})

describe('users (isAdminOrSelf, isAdminField)', () => {
  it('a user reads their own account but not someone else’s', async () => {
    expect(await visibleIds('users', users.therapist)).toEqual([String(users.therapist.id)])
    expect(await visibleIds('users', users.admin)).toContain(String(users.therapist.id))
  })

  it('only staff change roles; a user changing their own roles is ignored', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: users.therapist.id,
      data: { roles: ['admin'], name: 'Nieuwe naam' },
      ...as(users.therapist),
    })
    expect(updated.roles).toEqual(['therapist'])
    expect(updated.name).toBe('Nieuwe naam')
    const byAdmin = await payload.update({
      collection: 'users',
      id: users.supervisor.id,
      data: { roles: ['supervisor', 'trainer'] },
      ...as(users.admin),
    })
    expect(byAdmin.roles).toEqual(['supervisor', 'trainer'])
  })

  it('only staff create accounts directly', async () => {
    const data = {
      name: 'X',
      email: `x${Date.now()}@example.test`,
      password: 'een-wachtwoord-1',
      roles: ['therapist' as const],
    }
    await expect(payload.create({ collection: 'users', data, ...as(null) })).rejects.toThrow()
    await expect(payload.create({ collection: 'users', data, ...as(users.admin) })).resolves.toBeDefined()
  })
})

describe('members (membersRead, ownMemberProfile)', () => {
  it('logged-in users see active members, not pending ones; the public sees none', async () => {
    const seen = await visibleIds('members', users.coordinatorA)
    expect(seen).toContain(ids.member)
    expect(seen).not.toContain(ids.pendingMember)
    expect(await visibleIds('members', users.admin)).toContain(ids.pendingMember)
    await expect(visibleIds('members', null)).rejects.toThrow()
  })

  it('a therapist edits their own profile but not another’s, and never their own status', async () => {
    const own = await payload.update({
      collection: 'members',
      id: ids.member,
      data: { hoursPerWeek: 8, status: 'inactive' },
      ...as(users.therapist),
    })
    expect(own).toMatchObject({ hoursPerWeek: 8, status: 'active' })
    await expect(
      payload.update({ collection: 'members', id: ids.otherMember, data: { hoursPerWeek: 1 }, ...as(users.therapist) }),
    ).rejects.toThrow()
  })
})

describe('capacity-claims (ownCapacity, nobody)', () => {
  it('a therapist reads the places they have taken, not another’s; staff read all; the public none', async () => {
    const elsewhere = await createOrganisation(payload, ids.region, 'Opvang C')
    ids.request = String(
      (
        await payload.create({
          collection: 'requests',
          data: {
            title: 'Casus',
            organisation: String(elsewhere.id),
            kind: 'case',
            region: ids.region,
            urgency: 'normal',
            status: 'draft',
          },
          overrideAccess: true,
        })
      ).id,
    )
    expect(await claimPlace(payload, 'cases', ids.member, ids.request)).toBe('claimed')
    expect(await claimPlace(payload, 'cases', ids.otherMember, ids.request)).toBe('claimed')
    const own = await payload.find({ collection: 'capacity-claims', ...as(users.therapist) })
    expect(own.docs.map((d) => d.owner)).toEqual([ids.member])
    expect(await visibleIds('capacity-claims', users.coordinatorA)).toEqual([])
    expect(await visibleIds('capacity-claims', users.admin)).toHaveLength(2)
    await expect(visibleIds('capacity-claims', null)).rejects.toThrow()
  })

  it('nobody writes taken places through Payload, staff included', async () => {
    const [claim] = (
      await payload.find({
        collection: 'capacity-claims',
        where: { owner: { equals: ids.member } },
        overrideAccess: true,
      })
    ).docs
    for (const user of [users.therapist, users.admin]) {
      await expect(
        payload.update({ collection: 'capacity-claims', id: String(claim!.id), data: { slot: 7 }, ...as(user) }),
      ).rejects.toThrow()
      await expect(
        payload.create({
          collection: 'capacity-claims',
          data: { kind: 'cases', owner: ids.member, slot: 1, key: 'x' },
          ...as(user),
        }),
      ).rejects.toThrow()
      await expect(
        payload.delete({ collection: 'capacity-claims', id: String(claim!.id), ...as(user) }),
      ).rejects.toThrow()
    }
    expect(await placesOf(payload, 'cases', ids.member)).toMatchObject({
      capacity: 2,
      free: 1,
      owed: 0,
      claims: [ids.request],
    })
  })
})

describe('organisations (isAuthenticated)', () => {
  it('logged-in users read organisations; the public does not', async () => {
    expect(await visibleIds('organisations', users.therapist)).toContain(ids.orgA)
    await expect(visibleIds('organisations', null)).rejects.toThrow()
  })
})

describe('taxonomy and trainings (isAdminOrEditor, isAdminOrTrainer)', () => {
  it('editors maintain the taxonomy; therapists do not', async () => {
    await expect(
      payload.create({ collection: 'expertise', data: { name: 'PMT', kind: 'method' }, ...as(users.editor) }),
    ).resolves.toBeDefined()
    await expect(
      payload.create({ collection: 'expertise', data: { name: 'PMT 2', kind: 'method' }, ...as(users.therapist) }),
    ).rejects.toThrow()
  })

  it('trainers create trainings; therapists do not', async () => {
    const data = { title: 'Horizon', summary: 'TF-CBT voor 4–17 jaar', format: 'online' as const, capacity: 12 }
    await expect(payload.create({ collection: 'trainings', data, ...as(users.trainer) })).resolves.toBeDefined()
    await expect(payload.create({ collection: 'trainings', data, ...as(users.therapist) })).rejects.toThrow()
  })
})

describe('articles (publishedOrEditor)', () => {
  it('the public reads published articles only, without members-only ones', async () => {
    const seen = await visibleIds('articles', null)
    expect(seen).toContain(ids.published)
    expect(seen).not.toContain(ids.draft)
    expect(seen).not.toContain(ids.membersOnly)
  })

  it('approved therapists, trainers and supervisors read members-only articles; editors also read drafts', async () => {
    expect(await visibleIds('articles', users.therapist)).toContain(ids.membersOnly)
    expect(await visibleIds('articles', users.trainer)).toContain(ids.membersOnly)
    expect(await visibleIds('articles', users.supervisor)).toContain(ids.membersOnly)
    const forEditor = (await payload.find({ collection: 'articles', draft: true, ...as(users.editor) })).docs.map((d) =>
      String(d.id),
    )
    expect(forEditor).toContain(ids.draft)
  })

  it('a sign-up still awaiting approval and a coordinator read only what the public reads', async () => {
    for (const reader of [users.pendingTherapist, users.coordinatorA]) {
      const seen = await visibleIds('articles', reader)
      expect(seen).toContain(ids.published)
      expect(seen).not.toContain(ids.membersOnly)
      expect(seen).not.toContain(ids.draft)
    }
  })
})

describe('requests and matches (ownOrganisation)', () => {
  it('a coordinator sees only their own organisation’s requests', async () => {
    expect(await visibleIds('requests', users.coordinatorA)).toEqual([ids.requestA])
    expect(await visibleIds('requests', users.coordinatorB)).toEqual([ids.requestB])
    await expect(visibleIds('requests', users.therapist)).rejects.toThrow()
  })

  it('coordinators file requests for their own organisation only; therapists cannot file', async () => {
    const data = {
      title: 'Nieuwe aanvraag',
      organisation: ids.orgA,
      kind: 'case' as const,
      region: ids.region,
      urgency: 'normal' as const,
      status: 'draft' as const,
    }
    await expect(payload.create({ collection: 'requests', data, ...as(users.coordinatorA) })).resolves.toBeDefined()
    await expect(payload.create({ collection: 'requests', data, ...as(users.coordinatorB) })).rejects.toThrow()
    await expect(payload.create({ collection: 'requests', data, ...as(users.therapist) })).rejects.toThrow()
  })

  it('a match is seen by its organisation’s coordinator and its therapist, not by others', async () => {
    expect(await visibleIds('matches', users.coordinatorA)).toEqual([ids.match])
    expect(await visibleIds('matches', users.therapist)).toEqual([ids.match])
    expect(await visibleIds('matches', users.coordinatorB)).toEqual([])
    expect(await visibleIds('matches', users.otherTherapist)).toEqual([])
  })
})

describe('records of one therapist (ownMemberRecords)', () => {
  it.each(['offers', 'certificates', 'group-signups'] as const)(
    '%s: the therapist sees their own, another therapist none',
    async (collection) => {
      expect((await visibleIds(collection, users.therapist)).length).toBe(1)
      expect(await visibleIds(collection, users.otherTherapist)).toEqual([])
    },
  )

  it('enrolments: trainers of the training see them, other therapists do not', async () => {
    expect(await visibleIds('enrollments', users.trainer)).toContain(ids.enrollment)
    expect(await visibleIds('enrollments', users.otherTherapist)).toEqual([])
  })
})

describe('groups', () => {
  it('the supervisor and the participants see the group; other therapists do not', async () => {
    expect(await visibleIds('groups', users.supervisor)).toEqual([ids.group])
    expect(await visibleIds('groups', users.therapist)).toEqual([ids.group])
    expect(await visibleIds('groups', users.otherTherapist)).toEqual([])
  })
})

describe('staff-only records', () => {
  it('the audit log and the mail log are for staff only, and nobody writes them by hand', async () => {
    expect((await payload.find({ collection: 'audit-log', ...as(users.admin) })).totalDocs).toBeGreaterThan(0)
    await expect(visibleIds('audit-log', users.editor)).rejects.toThrow()
    await expect(visibleIds('mail-log', users.coordinatorA)).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'audit-log',
        data: { action: 'x', targetCollection: 'x', targetId: 'x' },
        ...as(users.admin),
      }),
    ).rejects.toThrow()
  })

  it('settings are read and changed by staff only', async () => {
    await expect(payload.findGlobal({ slug: 'settings', ...as(users.admin) })).resolves.toBeDefined()
    await expect(payload.findGlobal({ slug: 'settings', ...as(users.editor) })).rejects.toThrow()
  })

  it('the admin panel is open to staff, editors and trainers, not to therapists', async () => {
    const adminAccess = payload.collections.users.config.access.admin!
    const req = (user: User) => ({ req: { user } }) as unknown as Parameters<typeof adminAccess>[0]
    expect(await adminAccess(req(users.editor))).toBe(true)
    expect(await adminAccess(req(users.therapist))).toBe(false)
  })

  it('only staff may decide on a sign-up (decision endpoint)', async () => {
    const call = async (user: User) => {
      const req = (await createLocalReq({ user }, payload)) as PayloadRequest
      req.routeParams = { id: ids.pendingMember }
      req.json = async () => ({ decision: 'approve' })
      return memberDecisionEndpoint.handler(req)
    }
    const denied = await call(users.coordinatorA)
    expect(denied.status).toBe(403)
    expect(await denied.json()).toEqual({ message: 'Alleen het platformteam kan aanmeldingen beoordelen.' })
  })
})
