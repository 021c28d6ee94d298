import { createUser } from '../../helpers/factories'
import type { MatrixRole, World } from './world'
import { ROLES } from './world'

/**
 * The access matrix: per collection, who may do what to which document (the targets of
 * world.ts). A role not named is expected to be denied: access is denied unless a rule
 * allows it. Read covers both GET by id and which of the targets a list shows.
 */
type Who = readonly MatrixRole[]
type Body = (w: World) => Record<string, unknown> | Promise<Record<string, unknown>>
export type CollectionSpec = {
  read: Record<string, Who>
  /** Targets a PATCH is tried on (default: every read target) and who may. */
  update: { body: Body; allowed: Record<string, Who> }
  /** Who may delete each target that can be copied (world.ts); targets not named: nobody. */
  delete: Record<string, Who>
  /** Each create target: its body and who may create it. */
  create: Record<string, { body: Body; allowed: Who }>
}

const EVERYONE = ROLES
const LOGGED_IN = ROLES.filter((role) => role !== 'anonymous')
const NETWORK = ['therapist', 'trainer', 'supervisor'] as const
const STAFF = ['staff'] as const
const EDITORS = ['editor', 'staff'] as const
const nobody: Who = []
const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`
const freshUser = async (w: World, role: 'therapist' | 'supervisor') => String((await createUser(w.payload, [role])).id)
const creditActivityBody = (certificate: string) => ({
  certificate,
  title: 'Congres traumabehandeling',
  date: '2026-03-01T00:00:00.000Z',
  credits: 6,
  description: 'Twee dagen congres over traumabehandeling bij kinderen.',
  proofUrl: 'https://example.test/bewijs.pdf',
})
const requestBody = (w: World, organisation: string) => ({
  title: 'Nieuwe aanvraag',
  organisation,
  kind: 'case',
  region: w.ids.region,
  urgency: 'normal',
})

export const MATRIX: Record<string, CollectionSpec> = {
  users: {
    read: { ofX: ['therapist', 'staff'], ofCoordinatorA: ['coordinatorA', 'staff'], spare: STAFF },
    update: {
      body: () => ({ language: 'en' }),
      allowed: { ofX: ['therapist', 'staff'], ofCoordinatorA: ['coordinatorA', 'staff'], spare: STAFF },
    },
    delete: { spare: STAFF },
    create: {
      new: {
        body: () => ({ name: 'Nieuw', email: `${unique('nieuw')}@example.test`, password: 'een-lang-wachtwoord' }),
        allowed: STAFF,
      },
    },
  },
  // X is matched to org A (and waits for its confirmation); Y is matched to org B.
  members: {
    read: {
      ofX: [...NETWORK, 'coordinatorA', 'staff'],
      ofY: [...NETWORK, 'coordinatorB', 'staff'],
      spare: [...NETWORK, 'staff'],
      pending: ['pending', 'staff'],
    },
    update: {
      body: () => ({ availableFrom: '2027-01-01T00:00:00.000Z' }),
      allowed: { ofX: ['therapist', 'staff'], ofY: STAFF, spare: STAFF, pending: ['pending', 'staff'] },
    },
    delete: { spare: STAFF },
    create: {
      new: {
        body: async (w) => ({
          displayName: 'Nieuw profiel',
          user: await freshUser(w, 'therapist'),
          profession: 'gz-psycholoog',
          registrationType: 'BIG',
          registrationNumber: '98765432101',
          homeRegion: w.ids.region,
          capacityCases: 1,
        }),
        allowed: STAFF,
      },
    },
  },
  // Only src/store/places.ts writes taken places, staff included.
  'capacity-claims': {
    read: { ofX: ['therapist', 'staff'], ofY: STAFF },
    update: { body: () => ({ slot: 99 }), allowed: {} },
    delete: {},
    create: {
      ofX: {
        body: (w) => ({ kind: 'cases', owner: w.ids.memberX, user: w.users.therapist.id, slot: 50, key: unique('k') }),
        allowed: nobody,
      },
    },
  },
  // Only src/store/certifiedMethods.ts writes certified methods (the certification workflow), staff included.
  'method-certifications': {
    read: { ofX: ['therapist', 'staff'], ofY: STAFF },
    update: { body: () => ({ method: 'iets-anders' }), allowed: {} },
    delete: {},
    create: {
      ofX: {
        body: (w) => ({ member: w.ids.memberX, method: unique('methode'), user: w.users.therapist.id }),
        allowed: nobody,
      },
    },
  },
  // Only src/store/availabilityConfirmations.ts writes confirmations (the confirm link), staff included.
  'availability-confirmations': {
    read: { ofX: ['therapist', 'staff'], ofY: STAFF },
    update: { body: () => ({ confirmedAt: '2020-01-01T00:00:00.000Z' }), allowed: {} },
    delete: {},
    create: {
      ofX: {
        body: (w) => ({ member: w.ids.memberX, confirmedAt: new Date().toISOString(), user: w.users.therapist.id }),
        allowed: nobody,
      },
    },
  },
  organisations: {
    read: { ofA: LOGGED_IN, ofB: LOGGED_IN, spare: LOGGED_IN },
    update: { body: () => ({ type: 'vrouwenopvang' }), allowed: { ofA: STAFF, ofB: STAFF, spare: STAFF } },
    delete: { spare: STAFF },
    create: {
      new: { body: (w) => ({ name: unique('Opvang'), type: 'jeugdhulp', regions: [w.ids.region] }), allowed: STAFF },
    },
  },
  regions: {
    read: { any: EVERYONE },
    update: { body: () => ({ name: 'Regio hernoemd' }), allowed: { any: STAFF } },
    delete: { any: STAFF },
    create: {
      new: {
        body: () => {
          const slug = unique('regio')
          return { name: slug, slug, centrumgemeente: slug }
        },
        allowed: STAFF,
      },
    },
  },
  expertise: {
    read: { any: EVERYONE },
    update: { body: () => ({ name: unique('Methode') }), allowed: { any: EDITORS } },
    delete: { any: EDITORS },
    create: { new: { body: () => ({ name: unique('Methode'), kind: 'method' }), allowed: EDITORS } },
  },
  articles: {
    read: { public: EVERYONE, membersOnly: [...NETWORK, ...EDITORS], draft: EDITORS },
    update: {
      body: () => ({ summary: 'Bijgewerkte samenvatting' }),
      allowed: { public: EDITORS, membersOnly: EDITORS, draft: EDITORS },
    },
    delete: { public: EDITORS, membersOnly: EDITORS, draft: EDITORS },
    create: { new: { body: () => ({ title: unique('Artikel'), kind: 'nieuws', summary: 'Kort' }), allowed: EDITORS } },
  },
  media: {
    read: { any: EVERYONE },
    update: { body: () => ({ alt: 'Een ander wit vlak' }), allowed: { any: EDITORS } },
    delete: { any: EDITORS },
    create: { upload: { body: () => ({ alt: 'Een wit vlak' }), allowed: EDITORS } },
  },
  trainings: {
    read: { ofTrainer: EVERYONE, other: EVERYONE },
    update: {
      body: () => ({ summary: 'Nieuwe omschrijving' }),
      allowed: { ofTrainer: ['trainer', 'staff'], other: STAFF },
    },
    delete: { ofTrainer: STAFF, other: STAFF },
    create: {
      new: {
        body: () => ({ title: unique('Opleiding'), summary: 'Basis', format: 'online', capacity: 4 }),
        allowed: ['trainer', 'staff'],
      },
    },
  },
  // Trainer: the trainer of X's training; Y's training has no trainer.
  enrollments: {
    read: { ofX: ['therapist', 'trainer', 'staff'], ofY: STAFF },
    update: { body: () => ({ status: 'completed' }), allowed: {} },
    delete: { ofX: STAFF, ofY: STAFF },
    create: { ofX: { body: (w) => ({ training: w.ids.someTraining, member: w.ids.memberX }), allowed: nobody } },
  },
  certificates: {
    read: { ofX: ['therapist', 'trainer', 'staff'], ofY: STAFF },
    update: {
      body: () => ({ status: 'revoked', revocation: { reason: 'Uitgegeven op een verkeerde naam.' } }),
      allowed: { ofX: STAFF, ofY: STAFF },
    },
    delete: { ofX: STAFF, ofY: STAFF },
    create: {
      ofX: {
        body: (w) => ({
          number: unique('DT'),
          member: w.ids.memberX,
          training: w.ids.someTraining,
          issuedAt: '2026-01-01T00:00:00.000Z',
          validUntil: '2031-01-01T00:00:00.000Z',
        }),
        allowed: nobody,
      },
    },
  },
  // The holder adds to their own certificate's ledger; the trainer of X's training and staff read
  // (and decide through the decide endpoint, actions.ts); nobody writes a decision through Payload.
  'credit-activities': {
    read: { ofX: ['therapist', 'trainer', 'staff'], ofY: STAFF },
    update: { body: () => ({ status: 'approved' }), allowed: {} },
    delete: { ofX: STAFF, ofY: STAFF },
    create: {
      ofX: { body: (w) => creditActivityBody(w.ids.certificateOfX!), allowed: ['therapist'] },
      ofY: { body: (w) => creditActivityBody(w.ids.certificateOfY!), allowed: nobody },
    },
  },
  // Content of a submitted request is locked (409, field-access.rest.test.ts); drafts carry the update cells.
  requests: {
    read: {
      ofA: ['coordinatorA', 'staff'],
      draftOfA: ['coordinatorA', 'staff'],
      ofB: ['coordinatorB', 'staff'],
      draftOfB: ['coordinatorB', 'staff'],
    },
    update: {
      body: () => ({ title: 'Nieuwe titel' }),
      allowed: { draftOfA: ['coordinatorA', 'staff'], draftOfB: ['coordinatorB', 'staff'] },
    },
    delete: { ofA: STAFF, draftOfA: STAFF, ofB: STAFF, draftOfB: STAFF },
    create: {
      forA: { body: (w) => requestBody(w, w.ids.orgA), allowed: ['coordinatorA', 'staff'] },
      forB: { body: (w) => requestBody(w, w.ids.orgB), allowed: ['coordinatorB', 'staff'] },
    },
  },
  offers: {
    read: { ofX: ['therapist', 'staff'], ofY: STAFF },
    update: { body: () => ({ status: 'confirmed' }), allowed: {} },
    delete: { ofX: STAFF, ofY: STAFF },
    create: {
      ofX: {
        body: (w) => ({ request: w.ids.someRequest, member: w.ids.memberX, status: 'accepted' }),
        allowed: nobody,
      },
    },
  },
  matches: {
    read: { ofA: ['therapist', 'coordinatorA', 'staff'], ofB: ['coordinatorB', 'staff'] },
    update: { body: () => ({ hoursPerWeek: 3 }), allowed: { ofA: STAFF, ofB: STAFF } },
    delete: { ofA: STAFF, ofB: STAFF },
    create: {
      ofA: {
        body: (w) => ({ request: w.ids.someRequest, organisation: w.ids.orgA, member: w.ids.memberX }),
        allowed: nobody,
      },
    },
  },
  // X's group is led by the supervisor.
  groups: {
    read: { ofX: ['therapist', 'supervisor', 'staff'], ofY: STAFF },
    update: { body: () => ({ name: 'Nieuwe naam' }), allowed: { ofX: STAFF, ofY: STAFF } },
    delete: { ofX: STAFF, ofY: STAFF },
    create: {
      new: {
        body: (w) => ({ name: 'Groep', kind: 'intervision', region: w.ids.region, theme: 'EMDR' }),
        allowed: nobody,
      },
    },
  },
  'group-signups': {
    read: { ofX: ['therapist', 'staff'], ofY: STAFF },
    update: { body: () => ({ status: 'placed' }), allowed: {} },
    delete: { ofX: STAFF, ofY: STAFF },
    create: {
      ofX: {
        body: (w) => ({ member: w.ids.memberX, kind: 'intervision', region: w.ids.region, theme: 'EMDR' }),
        allowed: nobody,
      },
    },
  },
  'supervisor-profiles': {
    read: { ofSupervisor: ['supervisor', 'staff'], other: STAFF },
    update: { body: () => ({ maxGroups: 3 }), allowed: { ofSupervisor: ['supervisor', 'staff'], other: STAFF } },
    delete: { other: STAFF },
    create: {
      new: {
        body: async (w) => ({ displayName: 'Nieuw', user: await freshUser(w, 'supervisor'), regions: [w.ids.region] }),
        allowed: STAFF,
      },
    },
  },
  // Who saw what (issue 12 §5): only the read hook writes it, through the model; staff read it.
  'access-log': {
    read: { any: STAFF },
    update: { body: () => ({ actorLabel: 'vervalst' }), allowed: {} },
    delete: {},
    create: {
      new: {
        body: () => ({ actorLabel: 'vervalst', targetCollection: 'requests', targetId: 'x', via: 'by-id', route: 'x' }),
        allowed: nobody,
      },
    },
  },
  // Who exported research figures (issue 15 §3): only the export endpoint writes it; staff read it.
  'research-exports': {
    read: { any: STAFF },
    update: { body: () => ({ format: 'json' }), allowed: {} },
    delete: {},
    create: {
      new: {
        body: (w) => ({
          user: w.users.staff.id,
          format: 'csv',
          from: '2026-K1',
          to: '2026-K1',
          figures: ['offerRate'],
        }),
        allowed: nobody,
      },
    },
  },
  // A therapist's request to be removed: only the endpoints write it; the member and staff read it.
  'deletion-requests': {
    read: { ofX: ['therapist', 'staff'], ofY: STAFF },
    update: { body: () => ({ status: 'approved' }), allowed: {} },
    delete: {},
    create: {
      new: { body: (w) => ({ member: w.ids.memberX, user: w.users.therapist.id, status: 'pending' }), allowed: nobody },
    },
  },
  // Decisions taken once (src/store/decisionClaims.ts): staff read, nobody writes.
  'decision-claims': {
    read: { any: STAFF },
    update: { body: () => ({ by: 'iemand' }), allowed: {} },
    delete: {},
    create: { new: { body: () => ({ key: unique('besluit'), by: 'iemand' }), allowed: nobody } },
  },
  // Which bit of the revocation list is whose, and the checks of certificates: staff read, nobody writes.
  'credential-status': {
    read: { any: STAFF },
    update: { body: () => ({ index: 7 }), allowed: {} },
    delete: {},
    create: { new: { body: (w) => ({ certificate: w.ids.memberX, index: 8 }), allowed: nobody } },
  },
  'certificate-verifications': {
    read: { any: STAFF },
    update: { body: () => ({ month: '2020-01' }), allowed: {} },
    delete: {},
    create: { new: { body: () => ({ number: unique('DT'), month: '2026-12' }), allowed: nobody } },
  },
  // Append-only records of the system: staff read them, nobody writes them through Payload.
  ...Object.fromEntries(
    ['audit-log', 'mail-log', 'mail-leases'].map((slug) => [
      slug,
      {
        read: { any: STAFF },
        update: { body: () => ({ key: 'vervalst', action: 'vervalst' }), allowed: {} },
        delete: {},
        create: {
          new: {
            body: () => ({ key: unique('k'), action: 'x', targetCollection: 'x', targetId: 'x' }),
            allowed: nobody,
          },
        },
      } satisfies CollectionSpec,
    ]),
  ),
}
