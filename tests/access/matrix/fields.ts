import { createUser } from '../../helpers/factories'
import type { MatrixRole, World } from './world'

/**
 * The sensitive fields of the access matrix: per collection and field, who sees it (GET by id
 * and in a list) and who changes it with a PATCH of only that field. A role not named does not
 * see it, and its PATCH is refused (4xx) or ignored (200, the stored value unchanged). Write
 * cells are tried by every role that reads the document (the others are refused whole, the
 * update section's cells); read cells by every role.
 */
type Who = readonly MatrixRole[]
export type FieldRule = {
  /** Per target (world.ts, or `targets` below): who sees the field. */
  read?: Record<string, Who>
  /** Per target: who changes the field; `value` is what a PATCH sends (a fresh one per cell). */
  write?: {
    value: (w: World, stored: unknown) => unknown | Promise<unknown>
    allowed: Record<string, Who>
    /** An allowed change on one account's own document stays (else it is put back). */
    keep?: boolean
  }
}
export type FieldSpec = {
  /** Values set (overrideAccess) on the read targets before the cells run, so a hidden field has one to hide. */
  fill?: Record<string, (w: World) => Record<string, unknown>>
  fields: Record<string, FieldRule>
}

const STAFF = ['staff'] as const
const nobody: Who = []
let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`
const freshUser = async (w: World, role: 'therapist' | 'supervisor') => String((await createUser(w.payload, [role])).id)
/** One rule for many fields: each is written by nobody, staff included (the system's fields). */
const systemFields = (targets: string[], values: Record<string, (w: World, stored: unknown) => unknown>) =>
  Object.fromEntries(
    Object.entries(values).map(([field, value]) => [
      field,
      { write: { value, allowed: Object.fromEntries(targets.map((target) => [target, nobody])) } },
    ]),
  )

const decided = (w: World) => ({
  motivation: 'Ik werk al tien jaar met gezinnen in de opvang.',
  statusReason: 'Goedgekeurd na gesprek',
  decidedAt: '2026-01-01T00:00:00.000Z',
  decidedBy: w.users.staff.id,
})
/** What only the member and staff read on a profile (issue 12 §2). */
const PRIVATE_PROFILE = [
  'registrationNumber',
  'motivation',
  'capacityCases',
  'hoursPerWeek',
  'statusReason',
  'decidedAt',
  'decidedBy',
]
const privateRead = { ofX: ['therapist', 'staff'], ofY: STAFF, pending: ['pending', 'staff'] } as const

export const FIELDS: Record<string, FieldSpec> = {
  members: {
    fill: { ofX: decided, ofY: decided, pending: decided },
    fields: {
      ...Object.fromEntries(PRIVATE_PROFILE.map((field) => [field, { read: privateRead }])),
      // Checked by staff when they approve: after that only staff change it.
      registrationNumber: {
        read: privateRead,
        write: { value: () => String(10_000_000_000 + ++counter), allowed: { ofX: STAFF, pending: STAFF } },
      },
      capacityCases: {
        read: privateRead,
        write: {
          value: (_w, stored) => (Number(stored) || 0) + 1,
          // Raised, not put back: the world's taken places (capacity-claims cells) exceed the old
          // value, and the members hook refuses a capacity below them.
          keep: true,
          allowed: { ofX: ['therapist', 'staff'], pending: ['pending', 'staff'] },
        },
      },
      ...Object.fromEntries(
        (['status', 'statusReason', 'decidedAt', 'decidedBy', 'user'] as const).map((field) => [
          field,
          {
            ...(PRIVATE_PROFILE.includes(field) ? { read: privateRead } : {}),
            write: {
              value: {
                status: () => 'inactive',
                statusReason: () => unique('Vervalste reden'),
                decidedAt: () => '2020-01-01T00:00:00.000Z',
                decidedBy: (w: World) => w.users.therapist.id,
                user: (w: World) => freshUser(w, 'therapist'),
              }[field],
              allowed: { ofX: STAFF, pending: STAFF },
            },
          },
        ]),
      ),
    },
  },
  users: {
    fields: {
      email: { read: { ofX: ['therapist', 'staff'], ofCoordinatorA: ['coordinatorA', 'staff'] } },
      roles: {
        read: { ofX: ['therapist', 'staff'], ofCoordinatorA: ['coordinatorA', 'staff'] },
        write: { value: () => ['admin'], allowed: { ofX: STAFF, ofCoordinatorA: STAFF } },
      },
      organisation: {
        write: { value: (w) => w.ids.orgB, allowed: { ofX: STAFF, ofCoordinatorA: STAFF } },
      },
    },
  },
  // A submitted request (ofA) is locked for everyone (409); a draft's content is the coordinator's.
  requests: {
    fields: {
      context: {
        read: { ofA: ['coordinatorA', 'staff'], draftOfA: ['coordinatorA', 'staff'] },
        write: {
          value: () => unique('Andere toelichting'),
          allowed: { draftOfA: ['coordinatorA', 'staff'], ofA: nobody },
        },
      },
      ...systemFields(['draftOfA', 'ofA'], {
        organisation: (w) => w.ids.orgB,
        createdBy: (w) => w.users.staff.id,
        workflowId: () => unique('matching-foo'),
        submittedAt: () => '2020-01-01T00:00:00.000Z',
        status: () => 'closed',
        closedReason: () => unique('Gesloten'),
        'escalation.temporalLink': () => 'https://evil.example.test/',
        'escalation.reason': () => 'deadline',
      }),
    },
  },
  // The case context of an offer: while the therapist is still concerned, and for staff.
  offers: {
    fields: {
      summary: {
        read: { ofX: ['therapist', 'staff'], ofY: STAFF, declinedOfX: STAFF },
        write: { value: () => unique('Andere samenvatting'), allowed: { ofX: nobody } },
      },
      ...systemFields(['ofX'], { status: () => 'confirmed', member: (w) => w.ids.memberY }),
    },
  },
  matches: {
    fields: {
      hoursPerWeek: { write: { value: (_w, stored) => ((Number(stored) || 0) % 30) + 1, allowed: { ofA: STAFF } } },
      ...systemFields(['ofA'], {
        request: (w) => w.ids.someRequest,
        organisation: (w) => w.ids.orgB,
        member: (w) => w.ids.memberY,
        confirmedAt: () => '2020-01-01T00:00:00.000Z',
        confirmedBy: (w) => w.users.staff.id,
        manual: () => true,
      }),
    },
  },
  certificates: {
    fields: {
      // Revoking needs a reason besides the status (revocation.test.ts); a status of its own is 'expired'.
      status: { write: { value: () => 'expired', allowed: { ofX: STAFF } } },
      ...systemFields(['ofX'], {
        number: () => unique('DT-VERVALST'),
        member: (w) => w.ids.memberY,
        training: (w) => w.ids.someTraining,
        issuedAt: () => '2020-01-01T00:00:00.000Z',
        validUntil: () => '2099-01-01T00:00:00.000Z',
      }),
    },
  },
  enrollments: {
    fields: systemFields(['ofX'], { status: () => 'completed', percent: () => 100, member: (w) => w.ids.memberY }),
  },
  groups: {
    fields: {
      name: { write: { value: () => unique('Intervisie'), allowed: { ofX: STAFF } } },
      ...systemFields(['ofX'], {
        status: () => 'finished',
        supervisor: (w) => w.users.staff.id,
        members: (w) => [w.ids.memberY],
        formationRef: () => unique('vervalst'),
      }),
    },
  },
  'group-signups': {
    fields: systemFields(['ofX'], {
      status: () => 'placed',
      member: (w) => w.ids.memberY,
      formationWorkflowId: () => unique('pool-foo'),
    }),
  },
  'supervisor-profiles': {
    fields: {
      maxGroups: {
        write: {
          value: (_w, stored) => (Number(stored) || 0) + 1,
          // Raised, not put back: the world's taken places (capacity-claims cells) exceed the old
          // value, and the members hook refuses a capacity below them.
          keep: true,
          allowed: { ofSupervisor: ['supervisor', 'staff'] },
        },
      },
      user: { write: { value: (w) => freshUser(w, 'supervisor'), allowed: { ofSupervisor: STAFF } } },
    },
  },
}

const CONTEXT = 'Moeder en kind wonen sinds kort in de opvang; het kind (6 jaar) slaapt slecht.'
/** Read targets of the field cells that the collection cells do not have (their lists would show them). */
export const FIELD_TARGETS: Record<string, Record<string, (w: World) => Promise<string>>> = {
  offers: {
    declinedOfX: async (w) => {
      const request = await w.payload.create({
        collection: 'requests',
        data: {
          title: 'Afgewezen',
          organisation: w.ids.orgB,
          kind: 'case',
          region: w.ids.region,
          urgency: 'normal',
          status: 'matching',
          context: CONTEXT,
        } as never,
        overrideAccess: true,
      })
      const offer = await w.payload.create({
        collection: 'offers',
        data: { request: request.id, member: w.ids.memberX, status: 'declined', summary: CONTEXT } as never,
        overrideAccess: true,
      })
      return String(offer.id)
    },
  },
}
