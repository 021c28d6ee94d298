import { describe, expect, it } from '@jest/globals'
import { queryTokens, searchTokens, stem } from '../../src/domain/search'
import { plainText, readingMinutes, tableOfContents } from '../../src/knowledge/lexicalText'
import { uploadProblem, validateAlt } from '../../src/knowledge/media'
import { knowledgeHref, knowledgeWhere, parseKnowledgeQuery } from '../../src/knowledge/query'
import { sourceLink, validateDoi, validateReachable, validateYear } from '../../src/knowledge/sources'
import { nextStep } from '../../workflows/publishing/messages'
import { richText } from '../../cms/seed/lexical'

describe('Dutch search stems', () => {
  it('gives "gehechtheid" and "gehecht" the same stem', () => {
    expect(stem('gehechtheid')).toBe(stem('gehecht'))
    expect(queryTokens('Gehechtheid')).toEqual(searchTokens('gehecht'))
  })

  it('matches plural and singular, and folds accents and case', () => {
    expect(queryTokens('behandelingen')).toEqual(queryTokens('Behandeling'))
    expect(queryTokens('coördinatie')).toEqual(queryTokens('coordinatie'))
  })

  it('drops stop words and keeps numbers', () => {
    expect(queryTokens('de ouder en het kind')).toEqual([stem('ouder'), stem('kind')])
    expect(searchTokens('kinderen van 0 tot 4 jaar')).toContain('4')
  })

  it('indexes hyphenated compounds as parts and as one word', () => {
    const tokens = searchTokens('De ouder-kindrelatie herstellen')
    expect(tokens).toEqual(expect.arrayContaining([stem('ouder'), stem('kindrelatie'), stem('ouderkindrelatie')]))
  })

  it('caps a long query', () => {
    expect(queryTokens('een twee drie vier vijf zes zeven acht negen tien elf twaalf trauma')).toHaveLength(8)
  })
})

describe('rich text as data', () => {
  const value = richText(
    'Inleiding met vijf woorden hier.\n\n## Wat werkt\n\nTekst.\n\n### Details\n\n## Wat werkt\n\n- punt een\n- punt twee',
  )

  it('lists h2 and h3 headings with unique anchors', () => {
    expect(tableOfContents(value)).toEqual([
      { id: 'wat-werkt', text: 'Wat werkt', level: 2 },
      { id: 'details', text: 'Details', level: 3 },
      { id: 'wat-werkt-2', text: 'Wat werkt', level: 2 },
    ])
  })

  it('reads the text including list items and source blocks', () => {
    const withBlock = {
      root: {
        ...value.root,
        children: [
          ...value.root.children,
          { type: 'block', fields: { blockType: 'source', citation: 'Studie naar gehechtheid' } },
        ],
      },
    }
    const text = plainText(withBlock as never)
    expect(text).toContain('punt twee')
    expect(text).toContain('Studie naar gehechtheid')
  })

  it('estimates reading time at 200 words a minute, at least one', () => {
    expect(readingMinutes('kort')).toBe(1)
    expect(readingMinutes(Array.from({ length: 1000 }, () => 'woord').join(' '))).toBe(5)
  })
})

describe('sources and media', () => {
  it('accepts a DOI pasted as a link and links it through doi.org', () => {
    expect(validateDoi('https://doi.org/10.1016/j.chiabu.2020.104437')).toBe(true)
    expect(sourceLink({ doi: 'doi:10.1016/j.chiabu.2020.104437' })).toBe('https://doi.org/10.1016/j.chiabu.2020.104437')
    expect(validateDoi('11.1234/x')).toMatch(/geen geldige DOI/)
  })

  it('needs a DOI or URL, and a plausible year', () => {
    expect(validateReachable({ title: 'Rapport' })).toMatch(/DOI of een webadres/)
    expect(validateReachable({ url: 'https://www.nji.nl' })).toBe(true)
    expect(validateYear(1850)).toMatch(/tussen 1900/)
    expect(validateYear(2021)).toBe(true)
  })

  it('refuses non-images and files over 8 MB, and alt texts that are file names', () => {
    expect(uploadProblem({ mimeType: 'application/pdf', size: 10, name: 'x.pdf' })).toMatch(/geen afbeelding/)
    expect(uploadProblem({ mimeType: 'image/svg+xml', size: 10 })).toMatch(/geen afbeelding/)
    expect(uploadProblem({ mimeType: 'image/jpeg', size: 9 * 1024 * 1024, name: 'foto.jpg' })).toMatch(
      /maximum is 8 MB/,
    )
    expect(uploadProblem({ mimeType: 'image/webp', size: 200_000 })).toBeNull()
    expect(validateAlt('IMG_2041.jpg')).toMatch(/bestandsnaam/)
    expect(validateAlt('Moeder en kind aan tafel met tekenpapier')).toBe(true)
  })
})

describe('the Kennisbank query', () => {
  it('parses the URL leniently and ignores unknown values', () => {
    const query = parseKnowledgeQuery({
      q: ' gehechtheid ',
      soort: 'roddel',
      thema: 'trauma',
      pagina: '-3',
      sortering: 'oud',
    })
    expect(query).toMatchObject({ q: 'gehechtheid', soort: undefined, thema: 'trauma', pagina: 1, sortering: 'oud' })
  })

  it('builds a filter on published articles, taxonomy ids and all query stems', () => {
    const where = knowledgeWhere(
      parseKnowledgeQuery({ q: 'gehechte kinderen', thema: 'trauma', soort: 'onderzoek' }),
      new Map([['trauma', 't1']]),
    )
    expect(where).toEqual({
      and: [
        { _status: { equals: 'published' } },
        { kind: { equals: 'onderzoek' } },
        { themes: { in: ['t1'] } },
        { searchTokens: { all: queryTokens('gehechte kinderen') } },
      ],
    })
    expect(knowledgeWhere(parseKnowledgeQuery({ thema: 'bestaat-niet' }), new Map())).toBeNull()
  })

  it('keeps filters in links and resets the page when a filter changes', () => {
    const query = parseKnowledgeQuery({ q: 'trauma', pagina: '3' })
    expect(knowledgeHref(query, { soort: 'nieuws' })).toBe('/kennisbank?q=trauma&soort=nieuws')
    expect(knowledgeHref(query, { pagina: 4 })).toBe('/kennisbank?q=trauma&pagina=4')
  })
})

describe('publishing schedule', () => {
  it('takes the earlier date first', () => {
    expect(
      nextStep({ articleId: 'a', publishAt: '2030-02-01T00:00:00Z', unpublishAt: '2030-01-01T00:00:00Z' }),
    ).toEqual({ kind: 'unpublish', at: '2030-01-01T00:00:00Z' })
    expect(nextStep({ articleId: 'a', publishAt: null, unpublishAt: null })).toBeNull()
  })
})
