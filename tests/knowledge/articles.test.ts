import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { richText } from '../../cms/seed/lexical'
import { findArticles } from '../../src/knowledge/findArticles'
import { parseKnowledgeQuery } from '../../src/knowledge/query'
import { createMember, createRegion, createUser } from '../helpers/factories'
import { dropTestDatabase, testPayload } from '../helpers/payload'

/**
 * Articles on the real database through the Local API with access applied:
 * drafts and members-only articles stay hidden from those who may not read them,
 * Dutch search finds by stem, filters by theme, slugs are unique.
 */
let payload: Payload
let editor: User
let therapist: User
let traumaId: string
let gehechtheidId: string

const publicQuery = (params: Record<string, string>) => findArticles(payload, null, parseKnowledgeQuery(params))
const titles = (page: { docs: Array<{ title: string }> }) => page.docs.map((doc) => doc.title).sort()

async function article(data: Record<string, unknown>, status: 'published' | 'draft' = 'published') {
  return payload.create({
    collection: 'articles',
    data: { kind: 'onderzoek', summary: 'Samenvatting voor de lijst.', ...data, _status: status } as never,
    draft: status === 'draft',
    overrideAccess: false,
    user: editor,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  editor = (await createUser(payload, ['editor'])) as User
  therapist = (await createUser(payload, ['therapist'])) as User
  await createMember(payload, String(therapist.id), String((await createRegion(payload)).id), 'active')
  traumaId = String(
    (
      await payload.create({
        collection: 'expertise',
        data: { name: 'Trauma', slug: 'trauma', kind: 'theme' },
        overrideAccess: true,
      })
    ).id,
  )
  gehechtheidId = String(
    (
      await payload.create({
        collection: 'expertise',
        data: { name: 'Gehechtheid', slug: 'gehechtheid', kind: 'theme' },
        overrideAccess: true,
      })
    ).id,
  )
  await article({
    title: 'Jonge kinderen die zich niet veilig gehecht voelen',
    themes: [gehechtheidId],
    content: richText('Over een ouder die weer beschikbaar wordt.'),
    publishedAt: '2025-03-01T08:00:00Z',
  })
  await article({
    title: 'Nachtmerries na geweld in het gezin',
    themes: [traumaId],
    content: richText('## Slaap\n\nEMDR helpt bij herbelevingen.'),
    publishedAt: '2025-04-01T08:00:00Z',
  })
  await article({
    title: 'Casus: veiligheid bij een broos thuis',
    kind: 'praktijkkennis',
    themes: [traumaId],
    membersOnly: true,
    publishedAt: '2025-05-01T08:00:00Z',
  })
  await article({ title: 'Concept over gehechtheid in pleeggezinnen', themes: [gehechtheidId] }, 'draft')
}, 60_000)

afterAll(async () => {
  await dropTestDatabase(payload)
})

describe('who reads which article', () => {
  it('hides drafts from the public and from therapists, but not from editors', async () => {
    const asPublic = await payload.find({ collection: 'articles', overrideAccess: false, depth: 0 })
    const asTherapist = await payload.find({ collection: 'articles', overrideAccess: false, user: therapist, depth: 0 })
    const asEditor = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      user: editor,
      depth: 0,
      draft: true,
    })
    expect(asPublic.docs.map((doc) => doc.title)).not.toContain('Concept over gehechtheid in pleeggezinnen')
    expect(asTherapist.docs.map((doc) => doc.title)).not.toContain('Concept over gehechtheid in pleeggezinnen')
    expect(asEditor.docs.map((doc) => doc.title)).toContain('Concept over gehechtheid in pleeggezinnen')
  })

  it('does not hand the public a draft even when asked for drafts', async () => {
    const draft = await payload.find({
      collection: 'articles',
      where: { title: { like: 'Concept' } },
      draft: true,
      overrideAccess: false,
      depth: 0,
    })
    expect(draft.docs).toHaveLength(0)
  })

  it('shows members-only articles after login, not to the public', async () => {
    expect(titles(await publicQuery({}))).not.toContain('Casus: veiligheid bij een broos thuis')
    const asTherapist = await findArticles(payload, therapist, parseKnowledgeQuery({}))
    expect(titles(asTherapist)).toContain('Casus: veiligheid bij een broos thuis')
  })

  it('lets editors write and refuses therapists', async () => {
    await expect(
      payload.create({
        collection: 'articles',
        data: { title: 'Niet van mij', kind: 'nieuws', summary: 'x' } as never,
        overrideAccess: false,
        user: therapist,
      }),
    ).rejects.toThrow()
    const own = await article({ title: 'Nieuws van de redactie', kind: 'nieuws' })
    expect(own.searchTokens).toEqual(expect.arrayContaining(['nieuw', 'redactie']))
  })

  it('does not let a therapist read old versions', async () => {
    await expect(
      payload.findVersions({ collection: 'articles', overrideAccess: false, user: therapist }),
    ).rejects.toThrow()
    const versions = await payload.findVersions({ collection: 'articles', overrideAccess: false, user: editor })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })
})

describe('finding articles', () => {
  it('finds "gehecht" when the reader searches for "gehechtheid" (stemming)', async () => {
    expect(titles(await publicQuery({ q: 'gehechtheid' }))).toEqual([
      'Jonge kinderen die zich niet veilig gehecht voelen',
    ])
  })

  it('finds by words in the text and by a theme name, all words must match', async () => {
    expect(titles(await publicQuery({ q: 'herbelevingen' }))).toEqual(['Nachtmerries na geweld in het gezin'])
    expect(titles(await publicQuery({ q: 'trauma slaap' }))).toEqual(['Nachtmerries na geweld in het gezin'])
    expect((await publicQuery({ q: 'gehechtheid nachtmerries' })).totalDocs).toBe(0)
  })

  it('filters by theme, kind and an unknown theme gives nothing', async () => {
    expect(titles(await publicQuery({ thema: 'trauma' }))).toEqual(['Nachtmerries na geweld in het gezin'])
    expect(
      titles(await findArticles(payload, therapist, parseKnowledgeQuery({ thema: 'trauma', soort: 'praktijkkennis' }))),
    ).toEqual(['Casus: veiligheid bij een broos thuis'])
    expect((await publicQuery({ thema: 'bestaat-niet' })).totalDocs).toBe(0)
  })

  it('sorts by date both ways', async () => {
    const newest = await publicQuery({ soort: 'onderzoek' })
    const oldest = await publicQuery({ soort: 'onderzoek', sortering: 'oud' })
    expect(newest.docs.map((doc) => doc.title)).toEqual([...oldest.docs.map((doc) => doc.title)].reverse())
    expect(newest.docs[0]!.title).toBe('Nachtmerries na geweld in het gezin')
  })

  it('fills reading time and the theme names of each card', async () => {
    const [card] = (await publicQuery({ q: 'herbelevingen' })).docs
    expect(card!.readingMinutes).toBe(1)
    expect(card!.themes.map((theme) => theme.name)).toEqual(['Trauma'])
  })
})

describe('slugs', () => {
  it('makes the slug from the title and refuses a second article with the same slug', async () => {
    const first = await article({ title: 'Hechting en veiligheid' })
    expect(first.slug).toBe('hechting-en-veiligheid')
    await expect(article({ title: 'Hechting en veiligheid' })).rejects.toThrow()
    await expect(article({ title: 'Iets anders', slug: 'Hechting en veiligheid' })).rejects.toThrow()
  })
})

describe('sources', () => {
  it('refuses a source without DOI or URL and stores a pasted DOI link bare', async () => {
    const refused = await article({ title: 'Zonder vindplaats', sources: [{ title: 'Rapport', year: 2020 }] }).catch(
      (error: { data?: { errors?: Array<{ message: string }> } }) => error,
    )
    expect((refused as { data: { errors: Array<{ message: string }> } }).data.errors[0]!.message).toMatch(
      /DOI of een webadres/,
    )
    const saved = await article({
      title: 'Met DOI',
      sources: [{ title: 'Studie', year: 2020, doi: 'https://doi.org/10.1016/j.chiabu.2020.104437' }],
    })
    expect(saved.sources?.[0]?.doi).toBe('10.1016/j.chiabu.2020.104437')
  })
})
