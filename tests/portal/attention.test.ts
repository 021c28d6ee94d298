import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { attentionOf } from '../../frontend/lib/attention'
import { createMember, createOrganisation, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'

/** The start page's "what needs my attention" per role, on the real database and read as that user. */
let payload: Payload
let therapist: User
let coordinator: User
let staff: User
let memberId: string

const request = (organisation: string, region: string, title: string, status: string) =>
  payload.create({
    collection: 'requests',
    data: { title, organisation, kind: 'case', region, urgency: 'normal', status } as never,
    overrideAccess: true,
  })

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const organisation = String((await createOrganisation(payload, region)).id)
  therapist = (await createUser(payload, ['therapist'])) as User
  coordinator = (await createUser(payload, ['coordinator'], { organisation })) as User
  staff = (await createUser(payload, ['admin'])) as User
  memberId = String((await createMember(payload, String(therapist.id), region)).id)
  const pendingUser = await createUser(payload, ['therapist'])
  await createMember(payload, String(pendingUser.id), region, 'pending')

  const later = await request(organisation, region, 'Later', 'matching')
  const sooner = await request(organisation, region, 'Eerder', 'awaiting-confirmation')
  const answered = await request(organisation, region, 'Beantwoord', 'escalated')
  const offer = (id: string | number, status: string, deadline: string) =>
    payload.create({
      collection: 'offers',
      data: { request: id, member: memberId, status, deadline } as never,
      overrideAccess: true,
    })
  await offer(later.id, 'open', '2030-03-10T12:00:00.000Z')
  await offer(sooner.id, 'open', '2030-03-02T12:00:00.000Z')
  await offer(answered.id, 'accepted', '2030-03-01T12:00:00.000Z')
})

afterAll(async () => dropTestDatabase(payload))

describe('what needs my attention', () => {
  it('a therapist: open offers, soonest deadline first; an answered one runs; the menu counts the open ones', async () => {
    const { action, running, counts } = await attentionOf(payload, therapist)
    expect(action.map((item) => [item.kind, item.due])).toEqual([
      ['offer', '2030-03-02T12:00:00.000Z'],
      ['offer', '2030-03-10T12:00:00.000Z'],
    ])
    expect(running.map((item) => item.kind)).toEqual(['offerAnswered'])
    expect(counts).toEqual({ '/mijn-aanbiedingen': 2, '/start': 2 })
  })

  it('a coordinator: confirmations waiting and escalations of the own organisation; matching runs', async () => {
    const { action, running, counts } = await attentionOf(payload, coordinator)
    expect(action.map((item) => [item.kind, item.title]).sort()).toEqual([
      ['confirm', 'Eerder'],
      ['escalated', 'Beantwoord'],
    ])
    expect(running.map((item) => item.title)).toEqual(['Later'])
    expect(counts['/aanvragen']).toBe(2)
  })

  it('staff: sign-ups to approve and escalations', async () => {
    const { action, counts } = await attentionOf(payload, staff)
    expect(action.map((item) => item.kind).sort()).toEqual(['escalated', 'signUp'])
    expect(counts).toMatchObject({ '/beheer': 1, '/aanvragen': 1, '/start': 2 })
  })

  it('a user with none of these roles gets nothing', async () => {
    const editor = (await createUser(payload, ['editor'])) as User
    expect(await attentionOf(payload, editor)).toEqual({ action: [], running: [], counts: {} })
  })
})
