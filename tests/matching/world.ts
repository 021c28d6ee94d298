import type { Client } from '@temporalio/client'
import type { Payload } from 'payload'
import { placesOf } from '../../src/store/places'
import type { User } from '../../cms/payload-types'
import { submitRequest } from '../../cms/endpoints/matching/submitRequest'
import { startMatching } from '../../workflows/matching/client'
import { matchingStateQuery, matchingWorkflowId } from '../../workflows/matching/messages'
import { eventually } from '../helpers/eventually'
import { createOrganisation, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'

/** Builders for matching scenarios: each test gets its own region, so rankings never mix. */
export async function createExpertise(payload: Payload) {
  const method = await payload.create({
    collection: 'expertise',
    data: { name: 'EMDR', kind: 'method' },
    overrideAccess: true,
  })
  const other = await payload.create({
    collection: 'expertise',
    data: { name: 'TF-CBT', kind: 'method' },
    overrideAccess: true,
  })
  const targetGroup = await payload.create({
    collection: 'expertise',
    data: { name: '4–12 jaar', kind: 'target-group' },
    overrideAccess: true,
  })
  return { emdr: String(method.id), tfcbt: String(other.id), children: String(targetGroup.id) }
}

export type Expertise = Awaited<ReturnType<typeof createExpertise>>

export async function createScene(payload: Payload, label = 'scene') {
  const region = await createRegion(payload, `regio-${label}-${Math.random().toString(36).slice(2, 7)}`)
  const neighbour = await createRegion(payload, `buur-${label}-${Math.random().toString(36).slice(2, 7)}`)
  await payload.update({
    collection: 'regions',
    id: region.id,
    data: { name: `Haarlem ${label}`, neighbours: [neighbour.id] },
    overrideAccess: true,
  })
  const organisation = await createOrganisation(payload, String(region.id))
  const coordinatorEmail = uniqueEmail('coordinator')
  const coordinator = (await createUser(payload, ['coordinator'], {
    organisation: String(organisation.id),
    email: coordinatorEmail,
  })) as User
  return {
    regionId: String(region.id),
    neighbourId: String(neighbour.id),
    organisationId: String(organisation.id),
    coordinator,
    coordinatorEmail,
  }
}

export type Scene = Awaited<ReturnType<typeof createScene>>

type TherapistOptions = {
  name: string
  regionId: string
  regionsServed?: string[]
  methods?: string[]
  targetGroups?: string[]
  freeCases?: number
  status?: 'active' | 'inactive'
  remote?: boolean
}

export async function createTherapist(payload: Payload, options: TherapistOptions) {
  const email = uniqueEmail('behandelaar')
  const user = (await createUser(payload, ['therapist'], { email })) as User
  const member = await payload.create({
    collection: 'members',
    data: {
      displayName: options.name,
      user: user.id,
      profession: 'gz-psycholoog',
      registrationType: 'BIG',
      registrationNumber: String(Math.floor(Math.random() * 1e11)).padStart(11, '1'),
      homeRegion: options.regionId,
      regionsServed: options.regionsServed ?? [],
      methods: options.methods ?? [],
      targetGroups: options.targetGroups ?? [],
      // Free places start at the capacity (a new profile has no matches yet).
      capacityCases: options.freeCases ?? 2,
      hoursPerWeek: 8,
      remoteAvailable: options.remote ?? false,
      status: options.status ?? 'active',
    },
    overrideAccess: true,
  })
  return { user, email, memberId: String(member.id), name: options.name }
}

export type Therapist = Awaited<ReturnType<typeof createTherapist>>

export function requestBody(scene: Scene, expertise: Expertise, extra: Record<string, unknown> = {}) {
  return {
    title: 'Traumabehandeling kind na huiselijk geweld',
    kind: 'case',
    region: scene.regionId,
    expertise: [expertise.emdr],
    targetGroup: expertise.children,
    urgency: 'high',
    hoursPerWeek: 2,
    context: 'Meisje van 8 in de opvang, herbelevingen na geweld thuis. Moeder is betrokken.',
    ...extra,
  }
}

export async function submit(
  payload: Payload,
  client: Client,
  scene: Scene,
  expertise: Expertise,
  extra: Record<string, unknown> = {},
) {
  const result = await submitRequest(payload, scene.coordinator, requestBody(scene, expertise, extra), (id) =>
    startMatching(id, client),
  )
  if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result)}`)
  const requestId = result.value.requestId
  return { requestId, handle: client.workflow.getHandle(matchingWorkflowId(requestId)) }
}

/** Waits until the workflow shows an offer to this therapist with the given status. */
export function offerFor(client: Client, requestId: string, memberId: string, status = 'open') {
  return eventually(
    async () => {
      const state = await client.workflow.getHandle(matchingWorkflowId(requestId)).query(matchingStateQuery)
      return state.offers.find((offer) => offer.memberId === memberId && offer.status === status)
    },
    20_000,
    `offer to ${memberId} (${status})`,
  )
}

export function phaseIs(client: Client, requestId: string, phase: string) {
  return eventually(
    async () => {
      const state = await client.workflow.getHandle(matchingWorkflowId(requestId)).query(matchingStateQuery)
      return state.phase === phase ? state : undefined
    },
    20_000,
    `phase ${phase}`,
  )
}

export async function freeCases(payload: Payload, memberId: string) {
  return (await placesOf(payload, 'cases', memberId))?.free
}

export async function matchesOf(payload: Payload, requestId: string) {
  return (
    await payload.find({
      collection: 'matches',
      where: { request: { equals: requestId } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs
}

export async function setMatchingSettings(payload: Payload, values: Record<string, unknown>) {
  const current = (await payload.findGlobal({ slug: 'settings', overrideAccess: true })).matching ?? {}
  await payload.updateGlobal({ slug: 'settings', data: { matching: { ...current, ...values } }, overrideAccess: true })
}
