import { signUpBody } from '../../helpers/factories'
import { uniqueEmail } from '../../helpers/mail'
import { type MatrixRole, ROLES, type World } from './world'

/**
 * Every custom endpoint and workflow action of the access matrix × role: who the HTTP edge lets
 * through. A role not named must be refused there (401/403/404, nothing written, no run
 * started). "Let through" is any other answer: the world starts no runs, so most updates
 * answer the workflow's own "no run" 404, which proves the edge passed the call on.
 * Whether an allowed call fits the state of its run stays the workflow validators' to say.
 */
type Who = readonly MatrixRole[]
export type ActionSpec = {
  /** The document acted on: a target of world.ts. A refused call is tried on the shared one, an allowed on a copy. */
  on?: { collection: string; target: string }
  method?: 'GET' | 'POST'
  path: (id: string, doc: Record<string, unknown> | undefined) => string
  body?: (w: World) => unknown
  allowed: Who
  /** A collection a refused call must not have written to (the endpoints that create). */
  creates?: string
  /** The run a refused call must not have started, by the document's id. */
  run?: (id: string) => string
}

const EVERYONE = ROLES
const STAFF = ['staff'] as const
const ORG_A = ['coordinatorA', 'staff'] as const
const request = (target: string) => ({ collection: 'requests', target })
const on = (collection: string, target: string) => ({ collection, target })
const matching = (id: string) => `matching-${id}`

export const ACTIONS: Record<string, ActionSpec> = {
  // Research figures (issue 15 §3): researchers and staff; a refusal logs no export.
  'export research-exports': {
    method: 'GET',
    path: () => '/api/research-exports/export?format=json&from=2026-K1&to=2026-K1',
    allowed: ['researcher', 'staff'],
    creates: 'research-exports',
  },
  // Matching (cms/endpoints/matching): coordinator B on org A's request is the cross-organisation cell.
  'submit requests': {
    path: () => '/api/requests/submit',
    body: (w) => ({ title: 'Nieuwe aanvraag', kind: 'case', region: w.ids.region, urgency: 'normal' }),
    allowed: ['coordinatorA', 'coordinatorB', 'staff'],
    creates: 'requests',
  },
  'start requests/draftOfA': {
    on: request('draftOfA'),
    path: (id) => `/api/requests/${id}/submit`,
    allowed: ORG_A,
    run: matching,
  },
  'timeline requests/ofA': {
    on: request('ofA'),
    method: 'GET',
    path: (id) => `/api/requests/${id}/timeline`,
    allowed: ORG_A,
  },
  'confirm requests/ofA': {
    on: request('ofA'),
    path: (id) => `/api/requests/${id}/confirm`,
    body: (w) => ({ offerId: w.ids.someRequest, decision: 'confirm' }),
    allowed: ORG_A,
  },
  'cancel requests/ofA': {
    on: request('ofA'),
    path: (id) => `/api/requests/${id}/cancel`,
    body: () => ({}),
    allowed: ORG_A,
  },
  'staff requests/ofA': {
    on: request('ofA'),
    path: (id) => `/api/requests/${id}/staff`,
    body: () => ({ action: 'widen', regionPolicy: 'neighbours' }),
    allowed: STAFF,
  },
  'follow-up requests/ofA': {
    on: request('ofA'),
    path: (id) => `/api/requests/${id}/follow-up`,
    body: () => ({ started: true, outcome: 'De behandeling is gestart.' }),
    allowed: ORG_A,
  },
  // The therapist answers their own offer (X's); Y's offer is the cross-therapist cell.
  ...Object.fromEntries(
    (['accept', 'decline', 'counter'] as const).flatMap((answer) =>
      (['ofX', 'ofY'] as const).map((target) => [
        `${answer} offers/${target}`,
        {
          on: on('offers', target),
          path: (id: string) => `/api/offers/${id}/answer`,
          body: () =>
            answer === 'counter'
              ? { answer, counterStart: '2027-01-04', counterHours: 2, reason: 'Liever vanaf januari.' }
              : answer === 'decline'
                ? { answer, reason: 'Geen plek meer deze maand.' }
                : { answer },
          allowed: target === 'ofX' ? ['therapist'] : [],
        } satisfies ActionSpec,
      ]),
    ),
  ),
  // Members: the public sign-up, staff's decision, "Mijn profiel" (own only, staff included).
  'sign-up members': {
    path: () => '/api/members/sign-up',
    body: (w) => signUpBody(w.ids.region, uniqueEmail('matrix')),
    allowed: EVERYONE,
  },
  'decide members/pending': {
    on: on('members', 'pending'),
    path: (id) => `/api/members/${id}/decision`,
    body: () => ({ decision: 'approve' }),
    allowed: STAFF,
  },
  // An empty body: the edge checks whose profile it is before it reads one (400 then).
  'profile members/ofX': {
    on: on('members', 'ofX'),
    path: (id) => `/api/members/${id}/profile`,
    body: () => ({}),
    allowed: ['therapist'],
  },
  'profile members/ofY': {
    on: on('members', 'ofY'),
    path: (id) => `/api/members/${id}/profile`,
    body: () => ({}),
    allowed: [],
  },
  // Certification: X enrols; steps are the therapist's own, review and attendance the training's trainer's.
  'verify certificates/ofX': {
    on: on('certificates', 'ofX'),
    method: 'GET',
    path: (_id, doc) => `/api/certificates/verify/${String(doc?.number)}`,
    allowed: EVERYONE,
  },
  'enrol enrollments': {
    path: () => '/api/enrollments/enrol',
    body: (w) => ({ training: w.ids.someTraining }),
    allowed: ['therapist'],
    creates: 'enrollments',
  },
  ...Object.fromEntries(
    (['ofX', 'ofY'] as const).flatMap((target) => [
      [
        `progress enrollments/${target}`,
        {
          on: on('enrollments', target),
          method: 'GET',
          path: (id: string) => `/api/enrollments/${id}/progress`,
          allowed: target === 'ofX' ? ['therapist', 'trainer', 'staff'] : STAFF,
        } satisfies ActionSpec,
      ],
      ...(
        [
          ['complete-step', { action: 'completeStep', stepId: 'intake' }, ['therapist']],
          [
            'submit-assignment',
            { action: 'submitAssignment', stepId: 'opdracht', text: 'Mijn uitwerking van de opdracht.' },
            ['therapist'],
          ],
          ['review', { action: 'reviewAssignment', stepId: 'opdracht', decision: 'approve' }, ['trainer', 'staff']],
          [
            'attendance',
            { action: 'recordAttendance', stepId: 'dag-1', sessionDate: '2026-03-02', present: true },
            ['trainer', 'staff'],
          ],
          ['end', { action: 'endEnrollment', reason: 'Gestopt met de opleiding.' }, ['trainer', 'staff']],
        ] as const
      ).map(([name, body, who]) => [
        `${name} enrollments/${target}`,
        {
          on: on('enrollments', target),
          path: (id: string) => `/api/enrollments/${id}/actions`,
          body: () => body,
          // X's training has the trainer; Y's has none, and Y is no role: only staff act on it.
          allowed: target === 'ofX' ? who : who.filter((role) => role === 'staff'),
        } satisfies ActionSpec,
      ]),
    ]),
  ),
  // Groups: X's group is led by the supervisor, Y's has no supervisor.
  'sign-up group-signups': {
    path: () => '/api/group-signups/sign-up',
    body: (w) => ({ kind: 'intervision', region: w.ids.region, theme: 'kinderen-4-12', availability: ['ma-avond'] }),
    allowed: ['therapist'],
    creates: 'group-signups',
  },
  'withdraw group-signups/ofX': {
    on: on('group-signups', 'ofX'),
    path: (id) => `/api/group-signups/${id}/withdraw`,
    allowed: ['therapist'],
  },
  'withdraw group-signups/ofY': {
    on: on('group-signups', 'ofY'),
    path: (id) => `/api/group-signups/${id}/withdraw`,
    allowed: [],
  },
  ...Object.fromEntries(
    (['ofX', 'ofY'] as const).flatMap((target) => [
      // Only who reads the group (in it, proposed, leading or offered it) gets past the edge;
      // whether the answer fits the group's state is the workflow's validator's (tests/groups).
      [
        `respond groups/${target}`,
        {
          on: on('groups', target),
          path: (id: string) => `/api/groups/${id}/respond`,
          body: () => ({ accept: true }),
          allowed: target === 'ofX' ? ['therapist'] : [],
        },
      ],
      [
        `drop-out groups/${target}`,
        {
          on: on('groups', target),
          path: (id: string) => `/api/groups/${id}/drop-out`,
          allowed: target === 'ofX' ? ['therapist'] : [],
        },
      ],
      [
        `supervisor-response groups/${target}`,
        {
          on: on('groups', target),
          path: (id: string) => `/api/groups/${id}/supervisor-response`,
          body: () => ({ accept: true }),
          allowed: target === 'ofX' ? ['supervisor'] : [],
        },
      ],
      [
        `assign-supervisor groups/${target}`,
        {
          on: on('groups', target),
          path: (id: string) => `/api/groups/${id}/assign-supervisor`,
          body: (w: World) => ({ supervisorId: w.users.supervisor.id }),
          allowed: STAFF,
        },
      ],
      [
        `attendance groups/${target}`,
        {
          on: on('groups', target),
          path: (id: string) => `/api/groups/${id}/attendance`,
          body: (w: World) => ({ sessionIndex: 0, present: [w.ids.memberX] }),
          allowed: target === 'ofX' ? ['supervisor', 'staff'] : STAFF,
        },
      ],
    ]),
  ),
  // Renewal credits (issue 16): the holder adds to their own certificate's ledger; a trainer of the
  // certificate's training or staff decide, the holder never.
  'add credit-activities': {
    path: () => '/api/credit-activities/add',
    body: (w) => ({
      certificate: w.ids.certificateOfX,
      title: 'Congres traumabehandeling',
      date: '2026-03-01T00:00:00.000Z',
      credits: 6,
      description: 'Twee dagen congres over traumabehandeling bij kinderen.',
      proofUrl: 'https://example.test/bewijs.pdf',
    }),
    allowed: ['therapist'],
    creates: 'credit-activities',
  },
  ...Object.fromEntries(
    (['ofX', 'ofY'] as const).map((target) => [
      `decide credit-activities/${target}`,
      {
        on: on('credit-activities', target),
        path: (id: string) => `/api/credit-activities/${id}/decide`,
        body: () => ({ decision: 'approve' }),
        allowed: target === 'ofX' ? ['trainer', 'staff'] : STAFF,
      },
    ]),
  ),
  // The knowledge base's list (public; what it lists is the articles' read rule, the collection cells).
  'list articles': { method: 'GET', path: () => '/api/articles/kennisbank', allowed: EVERYONE },
}
