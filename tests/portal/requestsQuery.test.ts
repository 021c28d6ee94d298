import { describe, expect, it } from '@jest/globals'
import { Requests } from '../../cms/collections/Requests'
import {
  REQUEST_STATUSES,
  SEARCH_MAX_LENGTH,
  parseRequestsQuery,
  requestsHref,
  requestsWhere,
} from '../../frontend/lib/requestsQuery'

describe('the requests list query', () => {
  it('offers exactly the statuses a request can have', () => {
    const field = Requests.fields.find((f) => 'name' in f && f.name === 'status')
    const values = (field as { options: { value: string }[] }).options.map((option) => option.value)
    expect([...REQUEST_STATUSES]).toEqual(values)
  })

  it('reads page, status and search from the URL', () => {
    expect(parseRequestsQuery({ pagina: '3', status: 'matched', zoek: '  EMDR   kind ' })).toEqual({
      pagina: 3,
      status: 'matched',
      zoek: 'EMDR kind',
    })
    expect(parseRequestsQuery({})).toEqual({ pagina: 1 })
    expect(parseRequestsQuery({ pagina: ['2', '5'], status: ['draft', 'closed'] })).toEqual({
      pagina: 2,
      status: 'draft',
    })
  })

  it('falls back per parameter on bad values: the first page, no filter', () => {
    for (const pagina of ['0', '-1', '2.5', 'twee', '1e9', '', '99999999999999999999'])
      expect(parseRequestsQuery({ pagina }).pagina).toBe(1)
    for (const status of ['bezig', 'MATCHED', '{"$ne":null}', ''])
      expect(parseRequestsQuery({ status, pagina: '2' })).toEqual({ pagina: 2 })
    expect(parseRequestsQuery({ zoek: 'x'.repeat(SEARCH_MAX_LENGTH + 1) })).toEqual({ pagina: 1 })
    expect(parseRequestsQuery({ zoek: '   ' })).toEqual({ pagina: 1 })
    expect(parseRequestsQuery({ zoek: 'x'.repeat(SEARCH_MAX_LENGTH) }).zoek).toHaveLength(SEARCH_MAX_LENGTH)
  })

  it('filters by status equality and every word of the title; nothing without a filter', () => {
    expect(requestsWhere({ pagina: 1 })).toBeUndefined()
    expect(requestsWhere({ pagina: 1, status: 'matching', zoek: 'emdr (6 jaar)' })).toEqual({
      and: [{ status: { equals: 'matching' } }, { title: { like: 'emdr (6 jaar)' } }],
    })
  })

  it('keeps the filter in page links and starts a changed filter at page 1', () => {
    const query = { pagina: 2, status: 'matched' as const, zoek: 'emdr kind' }
    expect(requestsHref(query, { pagina: 3 })).toBe('/aanvragen?status=matched&zoek=emdr+kind&pagina=3')
    expect(requestsHref(query, { pagina: 1 })).toBe('/aanvragen?status=matched&zoek=emdr+kind')
    expect(requestsHref(query, { status: 'closed' })).toBe('/aanvragen?status=closed&zoek=emdr+kind')
    expect(requestsHref({ pagina: 1 }, { pagina: 2 })).toBe('/aanvragen?pagina=2')
    expect(requestsHref({ pagina: 4 }, {})).toBe('/aanvragen')
  })
})
