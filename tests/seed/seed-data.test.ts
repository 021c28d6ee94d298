import { describe, expect, it } from '@jest/globals'
import { loadRegions, neighbourMap } from '../../cms/seed/regions'
import { therapistEmail } from '../../cms/seed/therapists'

describe('seed data (no database)', () => {
  it('has a symmetric neighbour map over all 35 regions', () => {
    const slugs = loadRegions().map((region) => region.slug)
    expect(slugs).toHaveLength(35)
    const map = neighbourMap(slugs)
    for (const [slug, neighbours] of map) {
      expect(neighbours.length).toBeGreaterThan(0)
      for (const other of neighbours) expect(map.get(other)).toContain(slug)
    }
  })

  it('builds e-mail addresses without accents, spaces or particles split off', () => {
    expect(therapistEmail({ first: 'Emre', last: 'Yılmaz', region: 'utrecht', profile: 'tiener' })).toBe(
      'emre.yilmaz@behandelaar.example',
    )
    expect(therapistEmail({ first: 'Charlotte', last: 'van den Berg', region: 'den-haag', profile: 'gezin' })).toBe(
      'charlotte.vandenberg@behandelaar.example',
    )
  })
})
