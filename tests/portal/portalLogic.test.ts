import { describe, expect, it } from '@jest/globals'
import type { CollectionConfig } from 'payload'
import { signUpSchema } from '../../src/domain/signUpSchema'
import { formToSignUp } from '../../frontend/app/(portal)/aanmelden/formToSignUp'
import { createI18n } from '../../frontend/i18n/createI18n'
import en from '../../frontend/i18n/locales/en.json' with { type: 'json' }
import nl from '../../frontend/i18n/locales/nl.json' with { type: 'json' }
import { pickLanguage } from '../../frontend/i18n/settings'
import { coveragePercent, therapistsPerRegion } from '../../frontend/lib/coverage'
import { navigationFor } from '../../frontend/lib/navigation'
import { optionLabel } from '../../frontend/lib/optionLabel'
import { safeNext } from '../../frontend/lib/safeNext'

const keys = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'object' ? keys(inner, `${prefix}${key}.`) : [`${prefix}${key}`],
  )

describe('portal i18n', () => {
  it('has the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort())
  })

  it('prefers the cookie, then the account, then Dutch', () => {
    expect(pickLanguage('en', 'nl')).toBe('en')
    expect(pickLanguage(undefined, 'en')).toBe('en')
    expect(pickLanguage('fr', null)).toBe('nl')
  })

  it('translates and pluralises synchronously', () => {
    expect(createI18n('nl').t('nav.knowledge')).toBe('Kennisbank')
    expect(createI18n('en').t('trainings.places', { count: 1 })).toBe('1 place')
    expect(createI18n('nl').t('trainings.places', { count: 16 })).toBe('16 plaatsen')
  })
})

describe('navigation by role', () => {
  const hrefs = (roles: string[] | null) => navigationFor(roles ? { roles } : null).map((item) => item.href)

  it('shows visitors only the public pages', () => {
    expect(hrefs(null)).toEqual(['/kennisbank', '/opleidingen', '/regios'])
  })

  it('follows each role', () => {
    expect(hrefs(['therapist'])).toEqual([
      '/start',
      '/kennisbank',
      '/opleidingen',
      '/groepen',
      '/mijn-opleidingen',
      '/mijn-certificaten',
      '/mijn-aanbiedingen',
      '/profiel',
      '/regios',
    ])
    expect(hrefs(['supervisor'])).toContain('/groepen')
    expect(hrefs(['coordinator'])).toEqual(['/start', '/kennisbank', '/opleidingen', '/aanvragen', '/regios'])
    expect(hrefs(['admin'])).toEqual([
      '/start',
      '/kennisbank',
      '/opleidingen',
      '/aanvragen',
      '/regios',
      '/beheer',
      '/onderzoek',
    ])
    expect(hrefs(['researcher'])).toEqual(['/kennisbank', '/opleidingen', '/regios', '/onderzoek'])
    expect(hrefs(['editor'])).toContain('/admin')
    expect(hrefs(['trainer'])).toEqual([
      '/start',
      '/kennisbank',
      '/opleidingen',
      '/trainer',
      '/profiel',
      '/regios',
      '/admin',
    ])
    expect(hrefs(['supervisor'])).toContain('/profiel')
  })
})

describe('regional coverage', () => {
  it('counts a therapist once per region they live or work in', () => {
    const counts = therapistsPerRegion([
      { homeRegion: 'a', regionsServed: ['a', 'b'] },
      { homeRegion: { id: 'b' }, regionsServed: [] },
      { homeRegion: null, regionsServed: null },
    ])
    expect(Object.fromEntries(counts)).toEqual({ a: 1, b: 2 })
  })

  it('caps coverage at 100 % and treats a zero target as covered', () => {
    expect(coveragePercent(3, 9)).toBe(33)
    expect(coveragePercent(12, 9)).toBe(100)
    expect(coveragePercent(0, 0)).toBe(100)
  })
})

describe('login redirect target', () => {
  it('allows only same-site paths', () => {
    expect(safeNext('/groepen')).toBe('/groepen')
    expect(safeNext('//evil.example')).toBe('/')
    expect(safeNext('https://evil.example')).toBe('/')
    expect(safeNext(undefined)).toBe('/')
  })
})

describe('sign-up form values', () => {
  it('map field names one to one onto signUpSchema', () => {
    const form = new FormData()
    const values: Record<string, string | string[]> = {
      name: 'Sanne de Vries',
      email: 'Sanne@Example.test',
      password: 'een lang wachtwoord',
      profession: 'gz-psycholoog',
      registrationType: 'BIG',
      registrationNumber: '12345678901',
      homeRegion: 'r1',
      regionsServed: ['r2', 'r3'],
      methods: ['m1'],
      capacityCases: '3',
      hoursPerWeek: '6',
      availableFrom: '',
      languages: ['nl', 'en'],
      motivation: '',
      consent: 'on',
    }
    for (const [key, value] of Object.entries(values)) for (const item of [value].flat()) form.append(key, item)
    const parsed = signUpSchema.parse(formToSignUp(form))
    expect(parsed).toMatchObject({
      email: 'sanne@example.test',
      regionsServed: ['r2', 'r3'],
      capacityCases: 3,
      remoteAvailable: false,
      consent: true,
      themes: [],
    })
    expect(Object.keys(formToSignUp(form)).sort()).toEqual(Object.keys(signUpSchema.shape).sort())
  })

  it('leaves consent false when the box is not ticked', () => {
    const result = signUpSchema.safeParse(formToSignUp(new FormData()))
    expect(result.success).toBe(false)
    expect(result.error?.issues.some((issue) => issue.path[0] === 'consent')).toBe(true)
  })
})

describe('option labels from the collections', () => {
  // Shaped like cms/collections/Offers.ts: a select inside a row, labels as t('nl', 'en').
  const Offers: CollectionConfig = {
    slug: 'offers',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'status',
            type: 'select',
            options: [{ value: 'countered', label: { nl: 'Tegenvoorstel', en: 'Counter-proposal' } }],
          },
        ],
      },
    ],
  }

  it('reads the Dutch and English label of a select value', () => {
    expect(optionLabel(Offers, 'status', 'countered', 'nl')).toBe('Tegenvoorstel')
    expect(optionLabel(Offers, 'status', 'countered', 'en')).toBe('Counter-proposal')
    expect(optionLabel(Offers, 'status', 'unknown', 'nl')).toBe('unknown')
  })
})
