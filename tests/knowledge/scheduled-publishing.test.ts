import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { usePublishingClient } from '../../workflows/publishing/client'
import { publishingStateQuery, publishingWorkflowId } from '../../workflows/publishing/messages'
import { createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'
import { type TimeSkippingWorld, startTimeSkippingWorld } from '../helpers/temporal'

/**
 * Scheduled publishing on Temporal's time-skipping server: the editor saves a draft
 * with a date in the admin's way (Local API, editor's access); the article stays
 * hidden until then and is public right after; moving or clearing the date wins.
 */
let payload: Payload
let env: TestWorkflowEnvironment
let world: TimeSkippingWorld
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  editor = (await createUser(payload, ['editor'])) as User
}, 120_000)

afterAll(async () => {
  usePublishingClient(null)
  await dropTestDatabase(payload)
})

beforeEach(async () => {
  world = await startTimeSkippingWorld(payload)
  env = world.env
  usePublishingClient(env.client)
}, 60_000)

afterEach(() => world?.stop())

const hoursFromNow = async (hours: number) => new Date((await env.currentTimeMs()) + hours * 3_600_000).toISOString()

async function draftArticle(title: string) {
  return payload.create({
    collection: 'articles',
    data: { title, kind: 'nieuws', summary: 'Komt binnenkort.', _status: 'draft' } as never,
    draft: true,
    overrideAccess: false,
    user: editor,
  })
}

async function plan(
  id: string | number,
  dates: { scheduledPublishAt?: string | null; scheduledUnpublishAt?: string | null },
) {
  return payload.update({
    collection: 'articles',
    id,
    data: dates as never,
    draft: true,
    overrideAccess: false,
    user: editor,
  })
}

const publicCount = async (id: string | number) =>
  (await payload.count({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false })).totalDocs

describe('scheduled publishing', () => {
  it('publishes the draft at its time, not before, and records the publication date', async () => {
    const article = await draftArticle('Nieuwe regio’s sluiten aan')
    const publishAt = await hoursFromNow(48)
    await plan(article.id, { scheduledPublishAt: publishAt })
    const handle = env.client.workflow.getHandle(publishingWorkflowId(String(article.id)))
    expect((await handle.query(publishingStateQuery)).publishAt).toBe(publishAt)

    await env.sleep('47 hours')
    expect(await publicCount(article.id)).toBe(0)

    await env.sleep('2 hours')
    await handle.result()
    expect(await publicCount(article.id)).toBe(1)
    const published = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true })
    expect(published).toMatchObject({ _status: 'published', scheduledPublishAt: null, publishedAt: publishAt })
  }, 60_000)

  it('follows a moved date and ignores the old one', async () => {
    const article = await draftArticle('Verplaatst bericht')
    await plan(article.id, { scheduledPublishAt: await hoursFromNow(24) })
    const later = await hoursFromNow(72)
    await plan(article.id, { scheduledPublishAt: later })
    await env.sleep('30 hours')
    expect(await publicCount(article.id)).toBe(0)
    await env.sleep('43 hours')
    await env.client.workflow.getHandle(publishingWorkflowId(String(article.id))).result()
    expect(await publicCount(article.id)).toBe(1)
  }, 60_000)

  it('publishes nothing when the editor clears the date', async () => {
    const article = await draftArticle('Toch niet')
    await plan(article.id, { scheduledPublishAt: await hoursFromNow(5) })
    await plan(article.id, { scheduledPublishAt: null })
    const state = await env.client.workflow.getHandle(publishingWorkflowId(String(article.id))).result()
    expect(state.published).toEqual([])
    await env.sleep('6 hours')
    expect(await publicCount(article.id)).toBe(0)
  }, 60_000)

  it('takes a published article offline at its unpublish date', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Tijdelijke oproep', kind: 'nieuws', summary: 'Tot vrijdag.', _status: 'published' } as never,
      overrideAccess: false,
      user: editor,
    })
    expect(await publicCount(article.id)).toBe(1)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { scheduledUnpublishAt: await hoursFromNow(24), _status: 'published' } as never,
      overrideAccess: false,
      user: editor,
    })
    await env.sleep('25 hours')
    const state = await env.client.workflow.getHandle(publishingWorkflowId(String(article.id))).result()
    expect(state.unpublished).toHaveLength(1)
    expect(await publicCount(article.id)).toBe(0)
    const editorView = await payload.findByID({
      collection: 'articles',
      id: article.id,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(editorView).toMatchObject({ _status: 'draft', title: 'Tijdelijke oproep', scheduledUnpublishAt: null })
  }, 60_000)
})
