import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { SLOTS } from '../../src/domain/availability'
import { GROUP_THEME_VALUES } from '../../src/groups/themes'
import { createMember, createOrganisation, createRegion, createUser, signUpBody } from '../helpers/factories'
import { PII_SAMPLES, type RawBody, extraKey, hostileValue, rawBody } from '../helpers/hostileInput'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/restServer'

/**
 * Hostile input against every public and role endpoint, over real HTTP into Payload's
 * REST handler: one field at a time replaced by a wrong type, an operator object, a
 * 100 kB or odd string or client data; fields removed or added; bodies that are not
 * a JSON object or not sent as JSON. Every answer must be below 500; a 400 must say in
 * Dutch which field is wrong; a refused request must not have written anything.
 *
 * `npm test` sends 1,000 inputs in all (spread over the endpoints) with a fixed seed;
 * `npm run fuzz` sends FUZZ_RUNS (default 1,000) bodies per endpoint and a quarter of
 * that per id route; FUZZ_SEED reproduces a run.
 */
const TOTAL_IN_NPM_TEST = 1_000
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202)

type Role = 'anonymous' | 'coordinator' | 'admin' | 'therapist' | 'trainer' | 'supervisor'
type Slug =
  | 'users'
  | 'members'
  | 'requests'
  | 'offers'
  | 'matches'
  | 'enrollments'
  | 'group-signups'
  | 'groups'
  | 'audit-log'
  | 'certificates'
  | 'capacity-claims'
  | 'credit-activities'

type EndpointSpec = {
  name: string
  method: 'POST' | 'PATCH'
  path: () => string
  role: Role
  body: () => Record<string, unknown>
  /** Free-text fields: client data in them must be refused with a 400 naming the field. */
  freeText?: string[]
  /** What a successful call may write; a refused one must leave these (and the audit log) alone. */
  writes: Slug[]
  /** Payload's own routes (login, plain REST) keep Payload's error shape; ours answer `{ message, errors }`. */
  payloadRoute?: boolean
}

type Mutation =
  | { kind: 'replace'; field: string; value: unknown }
  | { kind: 'remove'; field: string }
  | { kind: 'extra'; field: string; value: unknown }
  | { kind: 'raw'; raw: RawBody }

let payload: Payload
let server: RestServer
const tokens = {} as Record<Exclude<Role, 'anonymous'>, string>
const ids = {} as Record<string, string>

beforeAll(async () => {
  payload = await testPayload()
  server = await startRestServer()
  ids.region = String((await createRegion(payload)).id)
  ids.org = String((await createOrganisation(payload, ids.region)).id)
  ids.method = String(
    (
      await payload.create({
        collection: 'expertise',
        data: { name: 'EMDR', slug: 'emdr-fuzz', kind: 'method' },
        overrideAccess: true,
      })
    ).id,
  )
  ids.targetGroup = String(
    (
      await payload.create({
        collection: 'expertise',
        data: { name: '4–12 jaar', slug: 'kids-fuzz', kind: 'target-group' },
        overrideAccess: true,
      })
    ).id,
  )
  const users = {
    admin: await createUser(payload, ['admin']),
    coordinator: await createUser(payload, ['coordinator'], { organisation: ids.org }),
    therapist: await createUser(payload, ['therapist']),
    trainer: await createUser(payload, ['trainer']),
    supervisor: await createUser(payload, ['supervisor']),
  }
  for (const [role, user] of Object.entries(users)) {
    const login = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-wachtwoord-123' },
    })
    tokens[role as keyof typeof tokens] = login.token!
  }
  ids.supervisor = String(users.supervisor.id)
  ids.member = String((await createMember(payload, String(users.therapist.id), ids.region, 'active')).id)
  ids.pendingMember = String(
    (await createMember(payload, String((await createUser(payload, ['therapist'])).id), ids.region, 'pending')).id,
  )
  ids.request = String(
    (
      await payload.create({
        collection: 'requests',
        data: {
          title: 'Aanvraag EMDR',
          organisation: ids.org,
          kind: 'case',
          region: ids.region,
          urgency: 'normal',
          status: 'matching',
        },
        overrideAccess: true,
      })
    ).id,
  )
  ids.draft = String(
    (
      await payload.create({
        collection: 'requests',
        data: {
          title: 'Concept',
          organisation: ids.org,
          kind: 'case',
          region: ids.region,
          urgency: 'normal',
          status: 'draft',
        },
        overrideAccess: true,
      })
    ).id,
  )
  ids.offer = String(
    (
      await payload.create({
        collection: 'offers',
        data: { request: ids.request, member: ids.member, status: 'open' },
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
          number: `DT-FUZZ-${Date.now()}`,
          member: ids.member,
          training: ids.training,
          issuedAt: new Date().toISOString(),
          validUntil: new Date(Date.now() + 5 * 365 * 86_400_000).toISOString(),
          status: 'valid',
        },
        overrideAccess: true,
      })
    ).id,
  )
  ids.creditActivity = String(
    (
      await payload.create({
        collection: 'credit-activities',
        data: {
          certificate: ids.certificate,
          member: ids.member,
          training: ids.training,
          title: 'Congres traumabehandeling',
          date: new Date().toISOString(),
          credits: 6,
          description: 'Twee dagen congres over traumabehandeling.',
          proofUrl: 'https://example.test/bewijs.pdf',
          status: 'pending',
        },
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
          theme: 'emdr',
          supervisor: users.supervisor.id,
          members: [ids.member],
          status: 'confirmed',
        },
        overrideAccess: true,
      })
    ).id,
  )
}, 120_000)

afterAll(async () => {
  await server?.stop()
  if (payload) await dropTestDatabase(payload)
})

let signUps = 0
const endpoints: EndpointSpec[] = [
  {
    name: 'sign-up (public)',
    method: 'POST',
    path: () => '/api/members/sign-up',
    role: 'anonymous',
    body: () => ({
      ...signUpBody(ids.region, `fuzz-${process.pid}-${signUps++}@example.test`),
      methods: [ids.method],
      targetGroups: [ids.targetGroup],
    }),
    writes: ['users', 'members', 'capacity-claims'],
  },
  {
    name: 'login (public)',
    method: 'POST',
    path: () => '/api/users/login',
    role: 'anonymous',
    body: () => ({ email: 'bestaat-niet@example.test', password: 'test-wachtwoord-123' }),
    writes: [],
    payloadRoute: true,
  },
  {
    name: 'request submit (coordinator)',
    method: 'POST',
    path: () => '/api/requests/submit',
    role: 'coordinator',
    body: () => ({
      title: 'EMDR voor een kind',
      kind: 'case',
      region: ids.region,
      expertise: [ids.method],
      targetGroup: ids.targetGroup,
      urgency: 'normal',
      hoursPerWeek: 2,
      wantedStart: '2027-01-04',
      context: 'Herbelevingen na geweld.',
    }),
    freeText: ['title', 'context'],
    writes: ['requests'],
  },
  {
    name: 'request cancel (coordinator)',
    method: 'POST',
    path: () => `/api/requests/${ids.request}/cancel`,
    role: 'coordinator',
    body: () => ({ reason: 'Andere hulp gevonden.' }),
    freeText: ['reason'],
    writes: ['requests', 'offers'],
  },
  {
    name: 'request confirm (coordinator)',
    method: 'POST',
    path: () => `/api/requests/${ids.request}/confirm`,
    role: 'coordinator',
    body: () => ({ offerId: ids.offer, decision: 'reject', reason: 'Past toch niet.' }),
    freeText: ['reason'],
    writes: ['requests', 'offers', 'matches', 'capacity-claims'],
  },
  {
    name: 'request follow-up (coordinator)',
    method: 'POST',
    path: () => `/api/requests/${ids.request}/follow-up`,
    role: 'coordinator',
    body: () => ({ started: true, outcome: 'Goed gestart.' }),
    freeText: ['outcome'],
    writes: ['matches'],
  },
  {
    name: 'request staff close (staff)',
    method: 'POST',
    path: () => `/api/requests/${ids.request}/staff`,
    role: 'admin',
    body: () => ({ action: 'close', reason: 'Dubbele aanvraag.' }),
    freeText: ['reason'],
    writes: ['requests'],
  },
  {
    name: 'offer answer (therapist)',
    method: 'POST',
    path: () => `/api/offers/${ids.offer}/answer`,
    role: 'therapist',
    body: () => ({ answer: 'decline', reason: 'Geen plek deze maand.' }),
    freeText: ['reason'],
    writes: ['offers'],
  },
  {
    name: 'member decision (staff)',
    method: 'POST',
    path: () => `/api/members/${ids.pendingMember}/decision`,
    role: 'admin',
    body: () => ({ decision: 'reject', reason: 'Geen registratie gevonden.' }),
    writes: ['members', 'users', 'capacity-claims'],
  },
  {
    name: 'enrol (therapist)',
    method: 'POST',
    path: () => '/api/enrollments/enrol',
    role: 'therapist',
    body: () => ({ training: ids.training }),
    writes: ['enrollments'],
  },
  {
    name: 'assignment (therapist)',
    method: 'POST',
    path: () => `/api/enrollments/${ids.enrollment}/actions`,
    role: 'therapist',
    body: () => ({ action: 'submitAssignment', stepId: 'opdracht-1', text: 'Mijn reflectie op de casusbespreking.' }),
    freeText: ['text'],
    writes: ['enrollments', 'certificates'],
  },
  {
    name: 'assignment review (trainer)',
    method: 'POST',
    path: () => `/api/enrollments/${ids.enrollment}/actions`,
    role: 'trainer',
    body: () => ({
      action: 'reviewAssignment',
      stepId: 'opdracht-1',
      decision: 'return',
      feedback: 'Werk de fasering verder uit.',
    }),
    freeText: ['feedback'],
    writes: ['enrollments', 'certificates'],
  },
  {
    name: 'credit activity add (therapist)',
    method: 'POST',
    path: () => '/api/credit-activities/add',
    role: 'therapist',
    body: () => ({
      certificate: ids.certificate,
      title: 'Congres traumabehandeling',
      date: new Date().toISOString(),
      credits: 6,
      description: 'Twee dagen congres over traumabehandeling bij kinderen.',
      proofUrl: 'https://example.test/bewijs.pdf',
    }),
    freeText: ['title', 'description'],
    writes: ['credit-activities'],
  },
  {
    name: 'credit activity decide (trainer)',
    method: 'POST',
    path: () => `/api/credit-activities/${ids.creditActivity}/decide`,
    role: 'trainer',
    body: () => ({ decision: 'reject', reason: 'Geen bewijs van deelname bijgevoegd.' }),
    freeText: ['reason'],
    writes: ['credit-activities'],
  },
  {
    name: 'group sign-up (therapist)',
    method: 'POST',
    path: () => '/api/group-signups/sign-up',
    role: 'therapist',
    body: () => ({
      kind: 'intervision',
      region: ids.region,
      theme: GROUP_THEME_VALUES[0],
      availability: [SLOTS[0]],
      onlineAllowed: true,
    }),
    writes: ['group-signups'],
  },
  {
    name: 'group respond (therapist)',
    method: 'POST',
    path: () => `/api/groups/${ids.group}/respond`,
    role: 'therapist',
    body: () => ({ accept: true }),
    writes: ['groups', 'group-signups', 'capacity-claims'],
  },
  {
    name: 'group supervisor response (supervisor)',
    method: 'POST',
    path: () => `/api/groups/${ids.group}/supervisor-response`,
    role: 'supervisor',
    body: () => ({ accept: true }),
    writes: ['groups', 'capacity-claims'],
  },
  {
    name: 'group assign supervisor (staff)',
    method: 'POST',
    path: () => `/api/groups/${ids.group}/assign-supervisor`,
    role: 'admin',
    body: () => ({ supervisorId: ids.supervisor }),
    writes: ['groups', 'capacity-claims'],
  },
  {
    name: 'group attendance (supervisor)',
    method: 'POST',
    path: () => `/api/groups/${ids.group}/attendance`,
    role: 'supervisor',
    body: () => ({ sessionIndex: 0, present: [ids.member] }),
    writes: ['groups'],
  },
  {
    name: 'plain REST PATCH /api/requests/:id (coordinator)',
    method: 'PATCH',
    path: () => `/api/requests/${ids.draft}`,
    role: 'coordinator',
    // closedReason is the system's (a coordinator closes through the cancel endpoint, fuzzed above).
    body: () => ({ title: 'Concept EMDR', context: 'Herbelevingen.' }),
    freeText: ['title', 'context'],
    writes: ['requests'],
    payloadRoute: true,
  },
]

type IdRoute = {
  name: string
  method: 'GET' | 'POST'
  path: (id: string) => string
  role: Role
  body?: () => Record<string, unknown>
  writes: Slug[]
}
const idRoutes: IdRoute[] = [
  {
    name: 'request submit draft',
    method: 'POST',
    path: (id) => `/api/requests/${id}/submit`,
    role: 'coordinator',
    writes: ['requests'],
  },
  {
    name: 'request timeline',
    method: 'GET',
    path: (id) => `/api/requests/${id}/timeline`,
    role: 'coordinator',
    writes: [],
  },
  {
    name: 'request cancel',
    method: 'POST',
    path: (id) => `/api/requests/${id}/cancel`,
    role: 'coordinator',
    body: () => ({ reason: 'Andere hulp.' }),
    writes: ['requests', 'offers'],
  },
  {
    name: 'request staff',
    method: 'POST',
    path: (id) => `/api/requests/${id}/staff`,
    role: 'admin',
    body: () => ({ action: 'close', reason: 'Dubbel.' }),
    writes: ['requests'],
  },
  {
    name: 'offer answer',
    method: 'POST',
    path: (id) => `/api/offers/${id}/answer`,
    role: 'therapist',
    body: () => ({ answer: 'decline', reason: 'Geen plek.' }),
    writes: ['offers'],
  },
  {
    name: 'member decision',
    method: 'POST',
    path: (id) => `/api/members/${id}/decision`,
    role: 'admin',
    body: () => ({ decision: 'approve' }),
    writes: ['members', 'users'],
  },
  {
    name: 'enrolment actions',
    method: 'POST',
    path: (id) => `/api/enrollments/${id}/actions`,
    role: 'therapist',
    body: () => ({ action: 'completeStep', stepId: 'stap-1' }),
    writes: ['enrollments'],
  },
  {
    name: 'credit activity decide',
    method: 'POST',
    path: (id) => `/api/credit-activities/${id}/decide`,
    role: 'trainer',
    body: () => ({ decision: 'approve' }),
    writes: ['credit-activities'],
  },
  {
    name: 'enrolment progress',
    method: 'GET',
    path: (id) => `/api/enrollments/${id}/progress`,
    role: 'therapist',
    writes: [],
  },
  {
    name: 'certificate pdf',
    method: 'GET',
    path: (id) => `/api/certificates/${id}/pdf`,
    role: 'therapist',
    writes: [],
  },
  {
    name: 'certificate credential',
    method: 'GET',
    path: (id) => `/api/certificates/${id}/credential`,
    role: 'therapist',
    writes: [],
  },
  {
    name: 'group respond',
    method: 'POST',
    path: (id) => `/api/groups/${id}/respond`,
    role: 'therapist',
    body: () => ({ accept: false }),
    writes: ['groups'],
  },
  {
    name: 'group attendance',
    method: 'POST',
    path: (id) => `/api/groups/${id}/attendance`,
    role: 'supervisor',
    body: () => ({ sessionIndex: 0, present: [] }),
    writes: ['groups'],
  },
  {
    name: 'group drop-out',
    method: 'POST',
    path: (id) => `/api/groups/${id}/drop-out`,
    role: 'therapist',
    writes: ['groups', 'group-signups'],
  },
  {
    name: 'group sign-up withdraw',
    method: 'POST',
    path: (id) => `/api/group-signups/${id}/withdraw`,
    role: 'therapist',
    writes: ['group-signups'],
  },
  {
    name: 'certificate verify (public)',
    method: 'GET',
    path: (id) => `/api/certificates/verify/${id}`,
    role: 'anonymous',
    writes: [],
  },
  {
    name: 'kennisbank list (public)',
    method: 'GET',
    path: (id) => `/api/articles/kennisbank?q=${id}&soort=${id}&pagina=${id}&sortering=${id}`,
    role: 'anonymous',
    writes: [],
  },
]
const encodable = (text: string) => {
  try {
    encodeURIComponent(text)
    return true
  } catch {
    return false
  }
}
const hostileId = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(
      '000000000000000000000000',
      'ffffffffffffffffffffffff',
      '../users',
      '%',
      '%E0%A4%A',
      '{"$gt":""}',
      '[object Object]',
      'null',
      ' ',
      '<script>alert(1)</script>',
      '🐉',
    ),
    fc.constant('x'.repeat(8_000)),
  )
  .filter(encodable)
/** Per endpoint: bodies for every endpoint, a quarter of that for ids in paths; together at least TOTAL_IN_NPM_TEST. */
const ID_RUNS_DEFAULT = 10
const RUNS = Number(
  process.env.FUZZ_RUNS ?? Math.ceil((TOTAL_IN_NPM_TEST - idRoutes.length * ID_RUNS_DEFAULT) / endpoints.length),
)
const ID_RUNS = process.env.FUZZ_RUNS ? Math.ceil(RUNS / 4) : ID_RUNS_DEFAULT

const mutationOf = (spec: EndpointSpec): fc.Arbitrary<Mutation> => {
  const fields = Object.keys(spec.body())
  const field = fc.constantFrom(...fields)
  const freeText = spec.freeText?.length
    ? [
        {
          weight: 2,
          arbitrary: fc
            .record({ field: fc.constantFrom(...spec.freeText), value: fc.constantFrom(...PII_SAMPLES) })
            .map((m) => ({ kind: 'replace' as const, ...m })),
        },
      ]
    : []
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({ field, value: hostileValue }).map((m) => ({ kind: 'replace' as const, ...m })),
    },
    { weight: 2, arbitrary: field.map((f) => ({ kind: 'remove' as const, field: f })) },
    {
      weight: 1,
      arbitrary: fc.record({ field: extraKey, value: hostileValue }).map((m) => ({ kind: 'extra' as const, ...m })),
    },
    { weight: 2, arbitrary: rawBody(spec.body()).map((raw) => ({ kind: 'raw' as const, raw })) },
    ...freeText,
  )
}

function requestOf(spec: EndpointSpec, mutation: Mutation): { contentType: string | null; text: string } {
  if (mutation.kind === 'raw') return mutation.raw
  const body: Record<string, unknown> = spec.body()
  if (mutation.kind === 'remove') delete body[mutation.field]
  else
    Object.defineProperty(body, mutation.field, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  return { contentType: 'application/json', text: JSON.stringify(body) ?? '' }
}

/** Count and newest change of each collection a call may write (documents are few here). */
async function fingerprint(slugs: Slug[]): Promise<string> {
  const parts = await Promise.all(
    [...slugs, 'audit-log' as const].map(async (slug) => {
      const docs = await payload.db.collections[slug]!.find({}, { updatedAt: 1 }).lean()
      const newest = Math.max(0, ...docs.map((doc) => new Date((doc as { updatedAt?: Date }).updatedAt ?? 0).getTime()))
      return `${slug}:${docs.length}:${newest}`
    }),
  )
  return parts.join(' ')
}

/** The field names a 400 points at: our `{ errors: { field: message } }`, or Payload's ValidationError paths. */
function fieldsNamed(json: unknown): string[] {
  const body = json as { errors?: unknown }
  if (Array.isArray(body?.errors)) {
    return body.errors.flatMap((error: { data?: { errors?: { path?: string }[] } }) =>
      (error.data?.errors ?? []).map((field) => field.path ?? ''),
    )
  }
  return body?.errors && typeof body.errors === 'object' ? Object.keys(body.errors) : []
}

function messageOf(json: unknown): string {
  const body = json as { message?: unknown; errors?: { message?: unknown }[] }
  if (typeof body?.message === 'string') return body.message
  return Array.isArray(body?.errors) && typeof body.errors[0]?.message === 'string' ? body.errors[0].message : ''
}

const ENGLISH_DEFAULTS =
  /^(Something went wrong|The following field|Invalid input|Invalid JSON|An unknown error|Route not found|Expected )/

describe('hostile input to every endpoint', () => {
  let before = ''
  let stale = true

  it.each(endpoints.map((spec) => [spec.name, spec] as const))(
    '%s: no 5xx, a Dutch 4xx naming the field, nothing written when refused',
    async (_name, spec) => {
      stale = true
      await fc.assert(
        fc.asyncProperty(mutationOf(spec), async (mutation) => {
          if (stale) before = await fingerprint(spec.writes)
          const { contentType, text } = requestOf(spec, mutation)
          const headers: Record<string, string> = {}
          if (contentType) headers['content-type'] = contentType
          if (spec.role !== 'anonymous') headers.authorization = `JWT ${tokens[spec.role]}`
          const response = await fetch(`${server.url}${spec.path()}`, { method: spec.method, headers, body: text })
          const json: unknown = await response.json().catch(() => null)
          const where = `${spec.method} ${spec.path()} ${JSON.stringify(mutation).slice(0, 300)} → ${response.status} ${JSON.stringify(json).slice(0, 300)}`

          expect({ where, serverError: response.status >= 500 }).toEqual({ where, serverError: false })
          if (response.status < 400) {
            stale = true
            return
          }
          stale = false
          expect({ where, after: await fingerprint(spec.writes) }).toEqual({ where, after: before })

          const message = messageOf(json)
          expect({ where, dutch: message.length > 0 && !ENGLISH_DEFAULTS.test(message) }).toEqual({
            where,
            dutch: true,
          })
          if (mutation.kind === 'raw' && !spec.payloadRoute && mutation.raw.label.startsWith('valid JSON')) {
            expect({ where, status: response.status }).toEqual({ where, status: 415 })
          }
          if (response.status !== 400 || (spec.payloadRoute === true && spec.name.startsWith('login'))) return
          const named = fieldsNamed(json)
          if (mutation.kind === 'replace' || mutation.kind === 'remove') {
            const namesField = named.some((name) => name === mutation.field || name.startsWith(`${mutation.field}.`))
            expect({ where, namesField }).toEqual({ where, namesField: true })
          } else if (mutation.kind === 'raw' && !spec.payloadRoute) {
            expect({ where, named }).toEqual({ where, named: ['body'] })
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      )
    },
    RUNS * 400 + 30_000,
  )

  it('refuses client data in every free-text field with a 400 naming it', async () => {
    for (const spec of endpoints.filter((one) => one.freeText)) {
      for (const field of spec.freeText!) {
        const body = { ...spec.body(), [field]: PII_SAMPLES[0] }
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          authorization: `JWT ${tokens[spec.role as keyof typeof tokens]}`,
        }
        const response = await fetch(`${server.url}${spec.path()}`, {
          method: spec.method,
          headers,
          body: JSON.stringify(body),
        })
        const json: unknown = await response.json()
        expect({
          endpoint: spec.name,
          field,
          status: response.status,
          named: fieldsNamed(json).includes(field),
        }).toEqual({ endpoint: spec.name, field, status: 400, named: true })
        expect(messageOf(json)).toMatch(/bevat een (geboortedatum|burgerservicenummer)/)
      }
    }
  })

  it('the inputs issue 12 found are 400s naming the field (they were 500s), and text/plain is 415 (it was 201)', async () => {
    const submit = endpoints.find((spec) => spec.name.startsWith('request submit'))!
    const before = await fingerprint(submit.writes)
    const send = (body: unknown, contentType = 'application/json') =>
      fetch(`${server.url}/api/requests/submit`, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `JWT ${tokens.coordinator}` },
        body: JSON.stringify(body),
      })
    for (const [field, value] of [
      ['region', 'r'.repeat(100_000)],
      ['region', 'Ŕéğïõñ 🐉'],
      ['region', '<b onmouseover=alert(1)>Haarlem</b>'],
      ['expertise', ['x']],
    ] as const) {
      const response = await send({ ...submit.body(), [field]: value })
      const json = (await response.json()) as { message: string; errors: Record<string, string> }
      expect({
        field,
        status: response.status,
        named: Object.keys(json.errors).some((key) => key === field || key.startsWith(`${field}.`)),
      }).toEqual({ field, status: 400, named: true })
      expect(json.message).toMatch(/^Kies (een regio|expertise) uit de lijst\.$/)
    }
    expect((await send(submit.body(), 'text/plain')).status).toBe(415)
    expect(await fingerprint(submit.writes)).toEqual(before)
  })

  it('fields a client may not set are dropped from an accepted request', async () => {
    const submit = endpoints.find((spec) => spec.name.startsWith('request submit'))!
    const body = {
      ...submit.body(),
      status: 'matched',
      createdBy: ids.supervisor,
      workflowId: 'matching-foo',
      submittedAt: '2020-01-01',
      organisation: ids.org,
      id: '000000000000000000000000',
    }
    const response = await fetch(`${server.url}/api/requests/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.coordinator}` },
      body: JSON.stringify(body),
    })
    expect(response.status).toBe(201)
    const { requestId } = (await response.json()) as { requestId: string }
    const stored = await payload.findByID({ collection: 'requests', id: requestId, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ status: 'draft', workflowId: `matching-${requestId}`, organisation: ids.org })
    expect(String(stored.createdBy)).not.toBe(ids.supervisor)
    expect(stored.submittedAt?.startsWith('2020')).toBe(false)
  })

  it.each(idRoutes.map((route) => [route.name, route] as const))(
    'id in the path of %s: no 5xx, nothing written when refused',
    async (_name, route) => {
      await fc.assert(
        fc.asyncProperty(hostileId, async (id) => {
          const before = await fingerprint(route.writes)
          const headers: Record<string, string> = { 'content-type': 'application/json' }
          if (route.role !== 'anonymous') headers.authorization = `JWT ${tokens[route.role]}`
          const response = await fetch(`${server.url}${route.path(encodeURIComponent(id))}`, {
            method: route.method,
            headers,
            body: route.method === 'POST' ? JSON.stringify(route.body?.() ?? {}) : undefined,
          })
          const where = `${route.method} ${route.path(JSON.stringify(id).slice(0, 80))} → ${response.status} ${(await response.text()).slice(0, 200)}`
          expect({ where, serverError: response.status >= 500 }).toEqual({ where, serverError: false })
          if (response.status >= 400)
            expect({ where, after: await fingerprint(route.writes) }).toEqual({ where, after: before })
        }),
        { numRuns: ID_RUNS, seed: SEED, endOnFailure: true },
      )
    },
    ID_RUNS * 400 + 30_000,
  )

  it(`sends at least 1,000 generated inputs (${endpoints.length} bodies × ${RUNS} + ${idRoutes.length} paths × ${ID_RUNS})`, () => {
    expect(endpoints.length * RUNS + idRoutes.length * ID_RUNS).toBeGreaterThanOrEqual(TOTAL_IN_NPM_TEST)
  })
})
