import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { logIn } from '../helpers/browser'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type PortalWorld, startPortalWorld } from '../helpers/browserWorld'
import type { WebServer } from '../helpers/webServer'
import { formatMoment } from '../../src/domain/dates'

/**
 * The Groepen page of a supervisor: the group waiting for their answer comes first, with its
 * deadline and without the participants' names; the group they lead shows its participants
 * by name and its sessions. A therapist in another group sees their own group, never the
 * led group or its members.
 */
let payload: Payload
let web: WebServer
let browser: Browser
let portal: PortalWorld
const password = 'test-wachtwoord-123'
const supervisorEmail = uniqueEmail('supervisor')
const therapistEmail = uniqueEmail('therapeut')
const respondBy = new Date(Date.now() + 3 * 86_400_000).toISOString()

beforeAll(async () => {
  payload = await testPayload()
  const region = String((await createRegion(payload)).id)
  const supervisor = String((await createUser(payload, ['supervisor'], { email: supervisorEmail })).id)
  await payload.create({
    collection: 'supervisor-profiles',
    data: { displayName: 'Sanne Supervisor', user: supervisor, regions: [region], maxGroups: 2 },
    overrideAccess: true,
  })
  const member = async (name: string, email?: string) => {
    const user = await createUser(payload, ['therapist'], email ? { email } : {})
    const created = await createMember(payload, String(user.id), region)
    await payload.update({ collection: 'members', id: created.id, data: { displayName: name }, overrideAccess: true })
    return String(created.id)
  }
  const [anna, bram, dirk, cees] = [
    await member('Anna Aalders'),
    await member('Bram Bos'),
    await member('Dirk Dam'),
    await member('Cees Claes', therapistEmail),
  ]
  const group = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'groups',
      data: { kind: 'supervision', region, theme: 'emdr', slot: 'di-middag', ...data } as never,
      overrideAccess: true,
    })
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
  await group({
    name: 'Supervisie EMDR — geleid',
    status: 'confirmed',
    supervisor,
    members: [anna, bram],
    participants: [
      { member: anna, status: 'confirmed' },
      { member: bram, status: 'confirmed' },
    ],
    sessions: [
      { startsAt: inDays(7), durationMinutes: 90 },
      { startsAt: inDays(21), durationMinutes: 90 },
    ],
  })
  await group({
    name: 'Supervisie EMDR — aangeboden',
    status: 'seeking-supervisor',
    members: [dirk],
    participants: [{ member: dirk, status: 'confirmed' }],
    offeredSupervisors: [supervisor],
    supervisorOffers: [{ supervisor, status: 'offered', respondBy }],
  })
  await group({
    name: 'Supervisie EMDR — van Cees',
    status: 'confirmed',
    members: [cees],
    participants: [{ member: cees, status: 'confirmed' }],
  })
  portal = await startPortalWorld()
  ;({ web, browser } = portal)
}, 180_000)

afterAll(async () => {
  await portal?.stop()
  await dropTestDatabase(payload)
})

async function groupsPageAs(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  await logIn(page, web.url, email, password)
  await page.goto(`${web.url}/groepen`, { timeout: 180_000 })
  return page
}

const section = (page: Page, name: string) => page.getByRole('region', { name })

describe('the Groepen page', () => {
  it('a supervisor sees first what waits for their answer, then the group they lead with names and sessions', async () => {
    const page = await groupsPageAs(supervisorEmail)
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts()
    expect(headings.slice(0, 3)).toEqual([
      'Wacht op je antwoord',
      'Groepen die je begeleidt',
      'Supervisiegroepen in vorming in je regio’s',
    ])

    const toAnswer = section(page, 'Wacht op je antwoord')
    await expect(toAnswer.getByRole('heading', { name: 'Supervisie EMDR — aangeboden' }).count()).resolves.toBe(1)
    await expect(toAnswer.innerText()).resolves.toContain(
      `Antwoord vóór ${formatMoment(respondBy, 'nl', { withTime: true })}`,
    )
    await expect(toAnswer.innerText()).resolves.toContain('1 deelnemer')
    await expect(toAnswer.getByRole('button', { name: 'Groep aannemen' }).count()).resolves.toBe(1)

    const led = section(page, 'Groepen die je begeleidt')
    await expect(led.getByRole('heading', { name: 'Supervisie EMDR — geleid' }).count()).resolves.toBe(1)
    await expect(
      led.getByRole('list', { name: '2 deelnemers' }).getByRole('listitem').allInnerTexts(),
    ).resolves.toEqual(['Anna Aalders', 'Bram Bos'])
    await expect(led.innerText()).resolves.toContain('2 bijeenkomsten gepland')
    await expect(section(page, 'Supervisiegroepen in vorming in je regio’s').innerText()).resolves.toContain(
      'Er wachten nu geen aanmeldingen voor supervisie in je regio’s.',
    )

    // Before accepting, the offered group's participants are not named; groups of others not shown.
    const text = await page.locator('main').innerText()
    expect(text).not.toContain('Dirk Dam')
    expect(text).not.toContain('van Cees')
    await page.context().close()
  }, 240_000)

  it('a therapist in another group sees their own group, not the led group or its members', async () => {
    const page = await groupsPageAs(therapistEmail)
    await expect(page.getByRole('heading', { name: 'Supervisie EMDR — van Cees' }).count()).resolves.toBe(1)
    const text = await page.locator('main').innerText()
    for (const hidden of ['Supervisie EMDR — geleid', 'Anna Aalders', 'Bram Bos', 'aangeboden', 'Wacht op je antwoord'])
      expect(text).not.toContain(hidden)
    await page.context().close()
  }, 240_000)
})
