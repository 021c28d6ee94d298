import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'

/**
 * Who may create, change and delete, per collection: for each operation one allowed and one
 * denied case through the Local API with overrideAccess: false. A denied write changes nothing.
 * `null` as the allowed actor: no user writes it, staff included (the system does, with overrideAccess).
 * (Who may *read* what is in access-rules.test.ts.)
 */
type User = Awaited<ReturnType<typeof createUser>> & { collection: 'users' }
type Slug = Parameters<Payload['create']>[0]['collection']
type Actor =
  | 'admin'
  | 'editor'
  | 'trainer'
  | 'otherTrainer'
  | 'coordinatorA'
  | 'coordinatorB'
  | 'therapist'
  | 'otherTherapist'
  | 'supervisor'

let payload: Payload
const users = {} as Record<Actor, User>
const ids = {} as Record<string, string>
const as = (actor: Actor) => ({ overrideAccess: false, user: users[actor] }) as const
let serial = 0
const next = () => `${Date.now().toString(36)}-${++serial}`

beforeAll(async () => {
  payload = await testPayload()
  ids.region = String((await createRegion(payload)).id)
  ids.orgA = String((await createOrganisation(payload, ids.region, 'Opvang A')).id)
  ids.orgB = String((await createOrganisation(payload, ids.region, 'Opvang B')).id)
  const user = async (actor: Actor, roles: Parameters<typeof createUser>[1], organisation?: string) => {
    users[actor] = { ...(await createUser(payload, roles, { organisation })), collection: 'users' }
  }
  await user('admin', ['admin'])
  await user('editor', ['editor'])
  await user('trainer', ['trainer'])
  await user('otherTrainer', ['trainer'])
  await user('coordinatorA', ['coordinator'], ids.orgA)
  await user('coordinatorB', ['coordinator'], ids.orgB)
  await user('therapist', ['therapist'])
  await user('otherTherapist', ['therapist'])
  await user('supervisor', ['supervisor'])
  ids.member = String((await createMember(payload, String(users.therapist.id), ids.region)).id)
  ids.otherMember = String((await createMember(payload, String(users.otherTherapist.id), ids.region)).id)
  ids.training = String(
    (await payload.create({ collection: 'trainings', data: trainingData(), overrideAccess: true })).id,
  )
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

function trainingData() {
  return {
    title: `Opleiding ${next()}`,
    summary: 'Basisopleiding',
    format: 'online' as const,
    capacity: 10,
    trainers: [users.trainer.id],
  }
}
async function freshRequest() {
  const data = {
    title: `Aanvraag ${next()}`,
    organisation: ids.orgA,
    kind: 'case' as const,
    region: ids.region,
    urgency: 'normal' as const,
    status: 'matching' as const,
  }
  return String((await payload.create({ collection: 'requests', data, overrideAccess: true })).id)
}
async function freshDraft() {
  const data = {
    title: `Concept ${next()}`,
    organisation: ids.orgA,
    kind: 'case' as const,
    region: ids.region,
    urgency: 'normal' as const,
    status: 'draft' as const,
  }
  return String((await payload.create({ collection: 'requests', data, overrideAccess: true })).id)
}
async function freshMember() {
  return String((await createMember(payload, String((await createUser(payload, ['therapist'])).id), ids.region)).id)
}

/**
 * One row per collection: who may create (with `data`), who may change a document (with
 * `patch`) and who may delete one, each next to somebody who may not.
 */
type Row = {
  slug: Slug
  data: () => Promise<Record<string, unknown>>
  patch: Record<string, unknown>
  create: [allowed: Actor | null, denied: Actor]
  update: [allowed: Actor | null, denied: Actor]
  delete: [allowed: Actor, denied: Actor]
  /** The document update/delete work on, when it must belong to somebody in particular. */
  existing?: () => Promise<string>
}

const rows: Row[] = [
  {
    slug: 'regions',
    data: async () => ({ name: `Regio ${next()}`, slug: `regio-${next()}`, centrumgemeente: 'X' }),
    patch: { centrumgemeente: 'Y' },
    create: ['admin', 'editor'],
    update: ['admin', 'coordinatorA'],
    delete: ['admin', 'therapist'],
  },
  {
    slug: 'expertise',
    data: async () => ({ name: `Thema ${next()}`, kind: 'theme' }),
    patch: { description: 'Bijgewerkt' },
    create: ['editor', 'coordinatorA'],
    update: ['editor', 'therapist'],
    delete: ['admin', 'trainer'],
  },
  {
    slug: 'organisations',
    data: async () => ({ name: `Organisatie ${next()}`, type: 'gemeente', regions: [ids.region] }),
    patch: { name: 'Nieuwe naam' },
    create: ['admin', 'coordinatorA'],
    update: ['admin', 'coordinatorA'],
    delete: ['admin', 'editor'],
  },
  {
    slug: 'articles',
    data: async () => ({ title: `Artikel ${next()}`, kind: 'nieuws', summary: 'Samenvatting' }),
    patch: { summary: 'Nieuwe samenvatting' },
    create: ['editor', 'therapist'],
    update: ['editor', 'trainer'],
    delete: ['editor', 'coordinatorA'],
  },
  {
    slug: 'trainings',
    data: async () => trainingData(),
    patch: { summary: 'Nieuw' },
    create: ['trainer', 'therapist'],
    update: ['trainer', 'otherTrainer'],
    delete: ['admin', 'trainer'],
    existing: async () =>
      String((await payload.create({ collection: 'trainings', data: trainingData(), overrideAccess: true })).id),
  },
  {
    slug: 'members',
    patch: { hoursPerWeek: 7 },
    create: ['admin', 'therapist'],
    update: ['therapist', 'otherTherapist'],
    delete: ['admin', 'therapist'],
    data: async () => ({
      displayName: 'Nieuw',
      user: (await createUser(payload, ['therapist'])).id,
      profession: 'gz-psycholoog',
      registrationType: 'BIG',
      registrationNumber: '12345678901',
      homeRegion: ids.region,
      capacityCases: 2,
      freeCases: 2,
    }),
    existing: async () => ids.member,
  },
  {
    slug: 'requests',
    patch: { hoursPerWeek: 3 },
    create: ['coordinatorA', 'therapist'],
    update: ['coordinatorA', 'coordinatorB'],
    delete: ['admin', 'coordinatorA'],
    data: async () => ({
      title: `Aanvraag ${next()}`,
      organisation: ids.orgA,
      kind: 'case',
      region: ids.region,
      urgency: 'normal',
      status: 'draft',
    }),
    existing: freshDraft,
  },
  {
    slug: 'offers',
    data: async () => ({ request: await freshRequest(), member: ids.member, status: 'open' }),
    patch: { score: 1 },
    create: [null, 'admin'],
    update: [null, 'admin'],
    delete: ['admin', 'coordinatorA'],
  },
  {
    slug: 'matches',
    data: async () => ({ request: await freshRequest(), organisation: ids.orgA, member: ids.member }),
    patch: { hoursPerWeek: 2 },
    create: [null, 'admin'],
    update: ['admin', 'coordinatorA'],
    delete: ['admin', 'therapist'],
  },
  {
    slug: 'groups',
    data: async () => ({
      name: `Groep ${next()}`,
      kind: 'intervision',
      region: ids.region,
      theme: 'EMDR',
      supervisor: users.supervisor.id,
      members: [ids.member],
      status: 'confirmed',
    }),
    patch: { theme: 'Hechting' },
    create: [null, 'admin'],
    update: ['admin', 'supervisor'],
    delete: ['admin', 'therapist'],
  },
  {
    slug: 'group-signups',
    data: async () => ({
      member: await freshMember(),
      kind: 'intervision',
      region: ids.region,
      theme: 'EMDR',
      status: 'waiting',
    }),
    patch: { theme: 'Hechting' },
    create: [null, 'admin'],
    update: [null, 'admin'],
    delete: ['admin', 'supervisor'],
  },
  {
    slug: 'enrollments',
    data: async () => ({ training: ids.training, member: await freshMember(), status: 'active' }),
    patch: { status: 'ended' },
    create: [null, 'admin'],
    update: [null, 'admin'],
    delete: ['admin', 'trainer'],
  },
  {
    slug: 'certificates',
    patch: { status: 'revoked', revocation: { reason: 'Uitgegeven op een verkeerde naam.' } },
    create: [null, 'admin'],
    update: ['admin', 'therapist'],
    delete: ['admin', 'trainer'],
    data: async () => ({
      number: `DT-${next()}`,
      member: ids.member,
      training: ids.training,
      issuedAt: new Date().toISOString(),
      validUntil: new Date(Date.now() + 1e10).toISOString(),
      status: 'valid',
    }),
  },
  {
    // Decisions go through the decide endpoint (tests/certification/credit-activities.test.ts).
    slug: 'credit-activities',
    patch: { status: 'approved' },
    create: ['therapist', 'otherTherapist'],
    update: [null, 'admin'],
    delete: ['admin', 'therapist'],
    data: async () => ({
      certificate: String(
        (
          await payload.create({
            collection: 'certificates',
            data: {
              number: `DT-${next()}`,
              member: ids.member,
              training: ids.training,
              issuedAt: new Date().toISOString(),
              validUntil: new Date(Date.now() + 1e10).toISOString(),
              status: 'valid',
            },
            overrideAccess: true,
          })
        ).id,
      ),
      title: 'Congres traumabehandeling',
      date: new Date().toISOString(),
      credits: 6,
      description: 'Twee dagen congres over traumabehandeling.',
      proofUrl: 'https://example.test/bewijs.pdf',
      status: 'pending',
    }),
  },
  {
    slug: 'supervisor-profiles',
    patch: { maxGroups: 3 },
    create: ['admin', 'supervisor'],
    update: ['supervisor', 'otherTherapist'],
    delete: ['admin', 'supervisor'],
    data: async () => ({
      displayName: 'Supervisor',
      user: (await createUser(payload, ['supervisor'])).id,
      regions: [ids.region],
      maxGroups: 2,
    }),
    existing: async () =>
      String(
        (
          await payload.create({
            collection: 'supervisor-profiles',
            data: { displayName: 'Eigen profiel', user: users.supervisor.id, regions: [ids.region], maxGroups: 2 },
            overrideAccess: true,
          })
        ).id,
      ),
  },
  {
    slug: 'users',
    patch: { name: 'Nieuwe naam' },
    create: ['admin', 'coordinatorA'],
    update: ['therapist', 'otherTherapist'],
    delete: ['admin', 'therapist'],
    data: async () => ({
      name: 'Nieuw account',
      email: `nieuw-${next()}@example.test`,
      password: 'test-wachtwoord-123',
      roles: ['therapist'],
    }),
    existing: async () => String(users.therapist.id),
  },
]

const stored = (slug: Slug, id: string) =>
  payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true, disableErrors: true }) as Promise<Record<
    string,
    unknown
  > | null>
const throwaway = async (row: Row) =>
  String((await payload.create({ collection: row.slug, data: (await row.data()) as never, overrideAccess: true })).id)

describe.each(rows)('$slug', (row) => {
  it(`create: ${row.create[0] ?? 'nobody'} may, ${row.create[1]} may not`, async () => {
    const [allowed, denied] = row.create
    const refused = await row.data()
    await expect(payload.create({ collection: row.slug, data: refused as never, ...as(denied) })).rejects.toMatchObject(
      { status: 403 },
    )
    if (!allowed) return
    const created = await payload.create({ collection: row.slug, data: (await row.data()) as never, ...as(allowed) })
    expect(await stored(row.slug, String(created.id))).not.toBeNull()
  })

  it(`update: ${row.update[0] ?? 'nobody'} may, ${row.update[1]} may not`, async () => {
    const [allowed, denied] = row.update
    const id = row.existing ? await row.existing() : await throwaway(row)
    const before = await stored(row.slug, id)
    await expect(
      payload.update({ collection: row.slug, id, data: row.patch as never, ...as(denied) }),
    ).rejects.toMatchObject({ status: expect.any(Number) })
    const patched = (doc: Record<string, unknown> | null) => Object.keys(row.patch).map((key) => doc?.[key] ?? null)
    expect(patched(await stored(row.slug, id))).toEqual(patched(before))
    if (!allowed) return
    await payload.update({ collection: row.slug, id, data: row.patch as never, ...as(allowed) })
    expect(await stored(row.slug, id)).toMatchObject(row.patch)
  })

  it(`delete: ${row.delete[0]} may, ${row.delete[1]} may not`, async () => {
    const [allowed, denied] = row.delete
    const id = await throwaway(row)
    await expect(payload.delete({ collection: row.slug, id, ...as(denied) })).rejects.toMatchObject({
      status: expect.any(Number),
    })
    expect(await stored(row.slug, id)).not.toBeNull()
    await payload.delete({ collection: row.slug, id, ...as(allowed) })
    expect(await stored(row.slug, id)).toBeNull()
  })
})

describe('system records and settings', () => {
  it('nobody, not even staff, changes or deletes the audit log or the mail log by hand', async () => {
    const audit = String(
      (
        await payload.create({
          collection: 'audit-log',
          data: { action: 'test', targetCollection: 'regions', targetId: ids.region },
          overrideAccess: true,
        })
      ).id,
    )
    await expect(
      payload.update({ collection: 'audit-log', id: audit, data: { action: 'vervalst' }, ...as('admin') }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'audit-log', id: audit, ...as('admin') })).rejects.toMatchObject({
      status: 403,
    })
    expect(await stored('audit-log', audit)).toMatchObject({ action: 'test' })
    await expect(
      payload.create({
        collection: 'mail-log',
        data: { key: `test-${next()}`, to: 'x@example.test', subject: 'x', status: 'sent' } as never,
        ...as('admin'),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('staff change the settings, an editor may not', async () => {
    const before = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
    await expect(
      payload.updateGlobal({
        slug: 'settings',
        data: { matching: { ...before.matching, parallelOffers: 3 } },
        ...as('editor'),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.updateGlobal({
      slug: 'settings',
      data: { matching: { ...before.matching, parallelOffers: 3 } },
      ...as('admin'),
    })
    expect((await payload.findGlobal({ slug: 'settings', overrideAccess: true })).matching?.parallelOffers).toBe(3)
  })
})

describe('media uploads', () => {
  const png = async () =>
    sharp({ create: { width: 600, height: 400, channels: 3, background: '#c0533a' } })
      .png()
      .toBuffer()
  const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

  it('an editor uploads an image and gets the resized versions; a therapist may not upload', async () => {
    const data = await png()
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Een rood vlak als test' },
        file: file(data, 'vlak.png', 'image/png'),
        ...as('therapist'),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Een rood vlak als test' },
      file: file(data, 'vlak.png', 'image/png'),
      ...as('editor'),
    })
    expect(media.mimeType).toBe('image/png')
    expect(media.sizes?.thumbnail).toMatchObject({ width: 400, mimeType: 'image/webp' })
  })

  it('refuses a file that is not an image, in Dutch, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const text = Buffer.from('<script>alert(1)</script>')
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Geen afbeelding' },
        file: file(text, 'script.svg', 'image/svg+xml'),
        ...as('editor'),
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('is geen afbeelding die we kunnen tonen'),
    })
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)
  })
})
