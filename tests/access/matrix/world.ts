import type { Payload } from 'payload'
import sharp from 'sharp'
import { createMember, createOrganisation, createRegion, createUser } from '../../helpers/factories'

/**
 * The documents the access matrix is asked about, one small world per test file. Each
 * target is made by a factory so that a cell that changes or deletes a document gets its
 * own fresh copy and the shared ones stay as they were for the read cells.
 */
export const ROLES = [
  'anonymous',
  'pending',
  'therapist',
  'coordinatorA',
  'coordinatorB',
  'trainer',
  'supervisor',
  'editor',
  'researcher',
  'staff',
] as const
export type MatrixRole = (typeof ROLES)[number]
type LoggedIn = Exclude<MatrixRole, 'anonymous'>

export type World = {
  payload: Payload
  ids: Record<string, string>
  users: Record<LoggedIn | 'otherTherapist', { id: string; email: string }>
}

export const PASSWORD = 'test-wachtwoord-123'
let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

const make = async (world: World, collection: string, data: Record<string, unknown>, draft = false) =>
  String(
    (
      await world.payload.create({
        collection: collection as 'regions',
        data: data as never,
        draft,
        overrideAccess: true,
      })
    ).id,
  )

export const pngBytes = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer()

export async function buildWorld(payload: Payload): Promise<World> {
  const ids: Record<string, string> = {}
  ids.region = String((await createRegion(payload)).id)
  ids.orgA = String((await createOrganisation(payload, ids.region, 'Opvang A')).id)
  ids.orgB = String((await createOrganisation(payload, ids.region, 'Opvang B')).id)
  const account = async (roles: Parameters<typeof createUser>[1], organisation?: string) => {
    const user = await createUser(payload, roles, organisation ? { organisation } : {})
    return { id: String(user.id), email: user.email }
  }
  const users = {
    pending: await account(['therapist']),
    therapist: await account(['therapist']),
    otherTherapist: await account(['therapist']),
    coordinatorA: await account(['coordinator'], ids.orgA),
    coordinatorB: await account(['coordinator'], ids.orgB),
    trainer: await account(['trainer']),
    supervisor: await account(['supervisor']),
    editor: await account(['editor']),
    researcher: await account(['researcher']),
    staff: await account(['admin']),
  }
  ids.memberX = String((await createMember(payload, users.therapist.id, ids.region, 'active')).id)
  ids.memberY = String((await createMember(payload, users.otherTherapist.id, ids.region, 'active')).id)
  ids.memberPending = String((await createMember(payload, users.pending.id, ids.region, 'pending')).id)
  // Certificates the credit-activities create cells add to (X's training has the trainer).
  for (const who of ['X', 'Y'] as const) {
    const trainingId = String(
      (
        await payload.create({
          collection: 'trainings',
          data: {
            title: unique('Opleiding'),
            summary: 'Basis',
            format: 'online',
            capacity: 4,
            trainers: who === 'X' ? [users.trainer.id] : [],
          },
          overrideAccess: true,
        })
      ).id,
    )
    ids[`certificateOf${who}`] = String(
      (
        await payload.create({
          collection: 'certificates',
          data: {
            number: unique('DT').toUpperCase(),
            member: who === 'X' ? ids.memberX : ids.memberY,
            training: trainingId,
            issuedAt: '2026-01-01T00:00:00.000Z',
            validUntil: '2031-01-01T00:00:00.000Z',
            status: 'valid',
          },
          overrideAccess: true,
        })
      ).id,
    )
  }
  return { payload, ids, users }
}

const CONTEXT = 'Moeder en kind wonen sinds kort in de opvang; het kind (6 jaar) slaapt slecht.'
const request = (w: World, organisation: 'orgA' | 'orgB', status: string) =>
  make(w, 'requests', {
    title: `Aanvraag ${status}`,
    organisation: w.ids[organisation],
    kind: 'case',
    region: w.ids.region,
    urgency: 'normal',
    status,
    context: CONTEXT,
  })
const training = (w: World, withTrainer: boolean) =>
  make(w, 'trainings', {
    title: unique('Opleiding'),
    summary: 'Basis',
    format: 'online',
    capacity: 4,
    trainers: withTrainer ? [w.users.trainer.id] : [],
  })
const article = (w: World, status: 'published' | 'draft', membersOnly: boolean) =>
  make(
    w,
    'articles',
    { title: unique('Artikel'), kind: 'nieuws', summary: 'Samenvatting', membersOnly, _status: status },
    status === 'draft',
  )
const otherMember = async (w: World) => {
  const user = await createUser(w.payload, ['therapist'])
  return String((await createMember(w.payload, String(user.id), w.ids.region, 'active')).id)
}
const memberOf = (w: World, who: 'X' | 'Y') => (who === 'X' ? w.ids.memberX : w.ids.memberY)
const userOf = (w: World, who: 'X' | 'Y') => (who === 'X' ? w.users.therapist.id : w.users.otherTherapist.id)

/** A factory per (collection, target). `once`: the target is tied to a role's account and cannot be copied. */
export type Factory = { make: (w: World) => Promise<string>; once?: boolean }
const once = (id: (w: World) => string): Factory => ({ make: async (w) => id(w), once: true })

export const FACTORIES: Record<string, Record<string, Factory>> = {
  users: {
    ofX: once((w) => w.users.therapist.id),
    ofCoordinatorA: once((w) => w.users.coordinatorA.id),
    spare: { make: async (w) => String((await createUser(w.payload, ['therapist'])).id) },
  },
  members: {
    ofX: once((w) => w.ids.memberX),
    pending: once((w) => w.ids.memberPending),
    ofY: once((w) => w.ids.memberY),
    spare: { make: otherMember },
  },
  'capacity-claims': Object.fromEntries(
    (['X', 'Y'] as const).map((who) => [
      `of${who}`,
      {
        make: (w: World) =>
          make(w, 'capacity-claims', {
            kind: 'cases',
            owner: memberOf(w, who),
            user: userOf(w, who),
            slot: ++counter,
            key: unique('aanvraag'),
          }),
      },
    ]),
  ),
  'method-certifications': Object.fromEntries(
    (['X', 'Y'] as const).map((who) => [
      `of${who}`,
      {
        make: (w: World) =>
          make(w, 'method-certifications', {
            member: memberOf(w, who),
            user: userOf(w, who),
            method: unique('methode'),
          }),
      },
    ]),
  ),
  // One per member (unique), so each target is that member's only confirmation.
  'availability-confirmations': {
    ofX: {
      make: (w) =>
        make(w, 'availability-confirmations', {
          member: memberOf(w, 'X'),
          user: userOf(w, 'X'),
          confirmedAt: new Date(),
        }),
      once: true,
    },
    ofY: {
      make: (w) =>
        make(w, 'availability-confirmations', {
          member: memberOf(w, 'Y'),
          user: userOf(w, 'Y'),
          confirmedAt: new Date(),
        }),
      once: true,
    },
  },
  organisations: {
    ofA: once((w) => w.ids.orgA),
    ofB: once((w) => w.ids.orgB),
    spare: { make: async (w) => String((await createOrganisation(w.payload, w.ids.region)).id) },
  },
  regions: { any: { make: async (w) => String((await createRegion(w.payload)).id) } },
  expertise: { any: { make: (w) => make(w, 'expertise', { name: unique('Methode'), kind: 'method' }) } },
  articles: {
    public: { make: (w) => article(w, 'published', false) },
    membersOnly: { make: (w) => article(w, 'published', true) },
    draft: { make: (w) => article(w, 'draft', false) },
  },
  media: {
    any: {
      make: async (w) =>
        String(
          (
            await w.payload.create({
              collection: 'media',
              data: { alt: 'Een wit vlak' },
              file: { data: await pngBytes(), mimetype: 'image/png', name: `${unique('vlak')}.png`, size: 100 },
              overrideAccess: true,
            })
          ).id,
        ),
    },
  },
  trainings: {
    ofTrainer: { make: (w) => training(w, true) },
    other: { make: (w) => training(w, false) },
  },
  // With the progress its run last saved: the progress endpoint answers that when no run is live.
  enrollments: Object.fromEntries(
    (['X', 'Y'] as const).map((who) => [
      `of${who}`,
      {
        make: async (w: World) =>
          make(w, 'enrollments', {
            training: await training(w, who === 'X'),
            member: memberOf(w, who),
            progress: { status: 'waiting', percent: 0, steps: [], cycle: 0 },
          }),
      },
    ]),
  ),
  certificates: Object.fromEntries(
    (['X', 'Y'] as const).map((who) => [
      `of${who}`,
      {
        make: async (w: World) =>
          make(w, 'certificates', {
            // Upper case: the public check normalises the number it is asked for so.
            number: unique('DT').toUpperCase(),
            member: memberOf(w, who),
            training: await training(w, who === 'X'),
            issuedAt: '2026-01-01T00:00:00.000Z',
            validUntil: '2031-01-01T00:00:00.000Z',
            status: 'valid',
          }),
      },
    ]),
  ),
  'credit-activities': Object.fromEntries(
    (['X', 'Y'] as const).map((who) => [
      `of${who}`,
      {
        make: async (w: World) => {
          const trainingId = await training(w, who === 'X')
          const certificate = await make(w, 'certificates', {
            number: unique('DT').toUpperCase(),
            member: memberOf(w, who),
            training: trainingId,
            issuedAt: '2026-01-01T00:00:00.000Z',
            validUntil: '2031-01-01T00:00:00.000Z',
            status: 'valid',
          })
          return make(w, 'credit-activities', {
            certificate,
            member: memberOf(w, who),
            training: trainingId,
            title: unique('Congres'),
            date: '2026-03-01T00:00:00.000Z',
            credits: 6,
            description: 'Twee dagen congres over traumabehandeling.',
            proofUrl: 'https://example.test/bewijs.pdf',
            status: 'pending',
          })
        },
      },
    ]),
  ),
  'deletion-requests': Object.fromEntries(
    (['X', 'Y'] as const).map((who) => [
      `of${who}`,
      {
        make: (w: World) =>
          make(w, 'deletion-requests', {
            member: memberOf(w, who),
            user: userOf(w, who),
            status: 'pending',
            openKey: unique('open'),
          }),
      },
    ]),
  ),
  'decision-claims': {
    any: { make: (w) => make(w, 'decision-claims', { key: unique('besluit'), by: w.users.staff.id }) },
  },
  // Kept by src/store/credentialStatus.ts and src/store/verificationCounts.ts only.
  'credential-status': {
    any: {
      make: async (w) =>
        make(w, 'credential-status', {
          certificate: await FACTORIES.certificates!.ofX!.make(w),
          index: 100_000 + ++counter,
        }),
    },
  },
  'certificate-verifications': {
    any: { make: (w) => make(w, 'certificate-verifications', { number: unique('DT'), month: '2026-12' }) },
  },
  requests: {
    ofA: { make: (w) => request(w, 'orgA', 'awaiting-confirmation') },
    ofB: { make: (w) => request(w, 'orgB', 'matching') },
    draftOfA: { make: (w) => request(w, 'orgA', 'draft') },
    draftOfB: { make: (w) => request(w, 'orgB', 'draft') },
  },
  // X accepted an offer on a request of org A; Y has an open offer on one of org B.
  offers: {
    ofX: {
      make: async (w) =>
        make(w, 'offers', {
          request: await request(w, 'orgA', 'awaiting-confirmation'),
          member: w.ids.memberX,
          status: 'accepted',
          summary: CONTEXT,
        }),
    },
    ofY: {
      make: async (w) =>
        make(w, 'offers', {
          request: await request(w, 'orgB', 'matching'),
          member: w.ids.memberY,
          status: 'open',
          summary: CONTEXT,
        }),
    },
  },
  // X is matched to org A, Y to org B.
  matches: Object.fromEntries(
    (['X', 'Y'] as const).map((who) => [
      who === 'X' ? 'ofA' : 'ofB',
      {
        make: async (w: World) => {
          const organisation = who === 'X' ? 'orgA' : 'orgB'
          return make(w, 'matches', {
            request: await request(w, organisation, 'matched'),
            organisation: w.ids[organisation],
            member: memberOf(w, who),
            confirmedAt: '2026-01-01T00:00:00.000Z',
          })
        },
      },
    ]),
  ),
  // X's group is led by the supervisor; Y's group has no supervisor yet.
  groups: Object.fromEntries(
    (['X', 'Y'] as const).map((who) => [
      `of${who}`,
      {
        make: (w: World) =>
          make(w, 'groups', {
            name: unique('Intervisie'),
            kind: 'intervision',
            region: w.ids.region,
            theme: 'EMDR',
            members: [memberOf(w, who)],
            status: 'confirmed',
            formationRef: unique('pool'),
            ...(who === 'X' ? { supervisor: w.users.supervisor.id } : {}),
          }),
      },
    ]),
  ),
  'group-signups': Object.fromEntries(
    (['X', 'Y'] as const).map((who) => [
      `of${who}`,
      {
        make: (w: World) =>
          make(w, 'group-signups', {
            member: memberOf(w, who),
            kind: 'intervision',
            region: w.ids.region,
            theme: unique('thema'),
            status: 'waiting',
            formationWorkflowId: unique('pool'),
          }),
      },
    ]),
  ),
  'supervisor-profiles': {
    ofSupervisor: {
      once: true,
      make: async (w) =>
        (w.ids.supervisorProfile ??= await make(w, 'supervisor-profiles', {
          displayName: 'Supervisor S',
          user: w.users.supervisor.id,
          regions: [w.ids.region],
        })),
    },
    other: {
      make: async (w) =>
        make(w, 'supervisor-profiles', {
          displayName: 'Andere supervisor',
          user: String((await createUser(w.payload, ['supervisor'])).id),
          regions: [w.ids.region],
        }),
    },
  },
  'audit-log': {
    any: {
      make: (w) => make(w, 'audit-log', { action: 'update', targetCollection: 'members', targetId: unique('x') }),
    },
  },
  'mail-log': {
    any: {
      make: (w) =>
        make(w, 'mail-log', {
          key: unique('mail'),
          to: 'a@example.test',
          subject: 'Test',
          status: 'sent',
          attempts: 1,
        }),
    },
  },
  'mail-leases': {
    any: {
      make: (w) => make(w, 'mail-leases', { key: unique('lease'), attempt: 1, until: '2030-01-01T00:00:00.000Z' }),
    },
  },
  'access-log': {
    any: {
      make: (w) =>
        make(w, 'access-log', {
          actor: w.users.staff.id,
          actorLabel: w.users.staff.email,
          targetCollection: 'members',
          targetId: unique('x'),
          via: 'by-id',
          route: 'local',
        }),
    },
  },
  'research-exports': {
    any: {
      make: (w) =>
        make(w, 'research-exports', {
          user: w.users.researcher.id,
          format: 'csv',
          from: '2026-K1',
          to: '2026-K2',
          figures: ['requestsByRegion'],
        }),
    },
  },
}
