import type { Payload } from 'payload'
import { slugify } from '../../src/domain/slugify'
import { DEMO_PASSWORD, demoAccount } from './people'
import { createRandom } from './prng'
import { PROFILES, REGISTER_OF } from './therapistProfiles'
import { DEMO_THERAPIST, THERAPISTS, type TherapistSpec } from './therapistList'
import { type Counts, type Row, idsOf, insertMissing } from './upsert'

/** Fixed dates, never "today": a re-seed must produce the very same documents. */
const AVAILABLE_FROM = ['2025-09-01', '2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06', '2026-06-01']
const DECIDED_AT = '2025-11-17T10:00:00.000Z'

const MOTIVATION =
  'Ik werk al jaren met gezinnen na huiselijk geweld en wil mijn expertise delen in de regio, zodat kinderen sneller passende traumabehandeling krijgen.'

const emailPart = (text: string) => slugify(text.replace(/ı/g, 'i')).replace(/-/g, '')
export const therapistEmail = (spec: TherapistSpec) =>
  `${emailPart(spec.first)}.${emailPart(spec.last)}@behandelaar.example`

type Context = {
  regionIds: Map<string, string>
  neighbours: Map<string, string[]>
  expertiseIds: Map<string, string>
  peopleIds: Map<string, string>
}

/** Everything about one therapist that does not need a database id, drawn from a per-person PRNG. */
function describe(spec: TherapistSpec, index: number, usedNumbers: Set<string>) {
  const random = createRandom(20210121 + index)
  const profile = PROFILES[spec.profile]
  const profession = random.pick(profile.professions)
  const registrationType = REGISTER_OF[profession]
  let registrationNumber: string
  do {
    // BIG numbers have 11 digits; SKJ numbers 6 to 9.
    registrationNumber = registrationType === 'BIG' ? random.digits(11) : random.digits(random.int(6, 9))
  } while (usedNumbers.has(registrationNumber))
  usedNumbers.add(registrationNumber)
  const capacityCases = random.int(1, 4)
  // Drawn still (it was the seeded free places) so every later draw, and the demo, stays the same.
  random.int(0, capacityCases)
  return {
    profession,
    registrationType,
    registrationNumber,
    methods: [...profile.methods.core, ...random.some(profile.methods.extra, random.int(1, 2))],
    themes: [...profile.themes.core, ...random.some(profile.themes.extra, random.int(0, 1))],
    targetGroups: [...profile.targetGroups.core, ...random.some(profile.targetGroups.extra, random.int(0, 1))],
    extraRegions: random.int(0, 2),
    regionPick: random.next(),
    capacityCases,
    hoursPerWeek: capacityCases * 2 + random.int(0, 4),
    availableFrom: `${random.pick(AVAILABLE_FROM)}T00:00:00.000Z`,
    remoteAvailable: random.chance(0.4),
    speaksEnglish: random.chance(0.35),
  }
}

function memberRow(spec: TherapistSpec, index: number, userId: string, ctx: Context, usedNumbers: Set<string>): Row {
  const d = describe(spec, index, usedNumbers)
  const near = ctx.neighbours.get(spec.region) ?? []
  const start = Math.floor(d.regionPick * Math.max(near.length, 1))
  const served = [spec.region, ...[...near.slice(start), ...near.slice(0, start)].slice(0, d.extraRegions)]
  const languages = ['nl', ...(spec.languages ?? [])]
  if (d.speaksEnglish && !languages.includes('en')) languages.push('en')
  const status = spec.pending ? 'pending' : 'active'
  return {
    registrationNumber: d.registrationNumber,
    registrationType: d.registrationType,
    profession: d.profession,
    displayName: `${spec.first} ${spec.last}`,
    user: userId,
    methods: idsOf(ctx.expertiseIds, d.methods, 'expertise'),
    themes: idsOf(ctx.expertiseIds, d.themes, 'thema'),
    targetGroups: idsOf(ctx.expertiseIds, d.targetGroups, 'doelgroep'),
    homeRegion: idsOf(ctx.regionIds, [spec.region], 'regio')[0],
    regionsServed: idsOf(ctx.regionIds, served, 'regio'),
    capacityCases: d.capacityCases,
    hoursPerWeek: d.hoursPerWeek,
    availableFrom: d.availableFrom,
    remoteAvailable: d.remoteAvailable,
    languages,
    motivation: MOTIVATION,
    status,
    // Pending sign-ups wait for the platform team; the others were approved by the demo admin.
    decidedAt: status === 'active' ? DECIDED_AT : null,
    decidedBy: status === 'active' ? (ctx.peopleIds.get(demoAccount('admin').email) ?? null) : null,
  }
}

/** The therapists' accounts first (members need them), then their profiles. */
export async function seedTherapists(
  payload: Payload,
  ctx: Context,
): Promise<{ users: Counts; members: Counts; memberIdByEmail: Map<string, string> }> {
  const userRows = THERAPISTS.map((spec) => ({
    email: therapistEmail(spec),
    name: `${spec.first} ${spec.last}`,
    password: DEMO_PASSWORD,
    roles: ['therapist'],
    language: 'nl',
  }))
  const users = await insertMissing(payload, 'users', userRows, { key: 'email' })
  const demoUserId = ctx.peopleIds.get(demoAccount('therapist').email)
  if (!demoUserId) throw new Error('Seed: demo-account voor behandelaar ontbreekt')

  const usedNumbers = new Set<string>()
  const emails = [...THERAPISTS.map(therapistEmail), demoAccount('therapist').email]
  const memberRows = [
    ...THERAPISTS.map((spec, i) => memberRow(spec, i, users.ids.get(therapistEmail(spec))!, ctx, usedNumbers)),
    // The demo therapist always has room, so a demo match can be made right away.
    {
      ...memberRow(DEMO_THERAPIST, THERAPISTS.length, demoUserId, ctx, usedNumbers),
      capacityCases: 3,
      hoursPerWeek: 8,
    },
  ]
  // Free places are not seeded: they follow from the capacity and the places matches take.
  const members = await insertMissing(payload, 'members', memberRows, { key: 'registrationNumber' })
  const memberIdByEmail = new Map(
    emails.map((email, i) => [email, members.ids.get(String(memberRows[i]!.registrationNumber))!]),
  )
  return { users: users.counts, members: members.counts, memberIdByEmail }
}
