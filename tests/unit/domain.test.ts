import { describe, expect, it } from '@jest/globals'
import { changedFields } from '../../cms/hooks/auditChange'
import { parseInput } from '../../src/domain/parseInput'
import { signUpSchema } from '../../src/domain/signUpSchema'
import { slugify } from '../../src/domain/slugify'
import { welcomeMessage } from '../../src/mail/templates'
import { decisionProblem } from '../../workflows/member-approval/messages'

describe('slugify', () => {
  it('folds accents and joins words with dashes', () => {
    expect(slugify('Coördinatie: Kinderen uit de Knel!')).toBe('coordinatie-kinderen-uit-de-knel')
  })
})

describe('signUpSchema', () => {
  const valid = {
    name: 'Sanne de Vries',
    email: ' Sanne@Example.Test ',
    password: 'een-lang-wachtwoord',
    profession: 'gz-psycholoog',
    registrationType: 'SKJ',
    registrationNumber: '1234567',
    homeRegion: 'r1',
    capacityCases: '3',
    hoursPerWeek: '6',
    consent: true,
  }

  it('normalises e-mail and numbers from a form', () => {
    const parsed = signUpSchema.parse(valid)
    expect(parsed).toMatchObject({ email: 'sanne@example.test', capacityCases: 3, hoursPerWeek: 6, languages: ['nl'] })
  })

  it('checks the SKJ number length and names the field', () => {
    const result = parseInput(signUpSchema, { ...valid, registrationNumber: '12345' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors).toEqual({ registrationNumber: 'Een SKJ-nummer heeft 6 tot 9 cijfers.' })
  })

  it('refuses an unknown profession in Dutch', () => {
    const result = parseInput(signUpSchema, { ...valid, profession: 'goochelaar' })
    expect(!result.ok && result.errors).toEqual({ profession: 'Kies je beroep.' })
  })

  it('an empty form gets a Dutch message per field that says what to do, never an English default', () => {
    const empty = Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, Array.isArray(value) ? [] : '']))
    const result = parseInput(signUpSchema, { ...empty, languages: [], remoteAvailable: false, consent: false })
    expect(result.ok).toBe(false)
    const errors = result.ok ? {} : result.errors
    expect(Object.keys(errors).sort()).toEqual(
      [
        'consent',
        'email',
        'homeRegion',
        'languages',
        'name',
        'password',
        'profession',
        'registrationNumber',
        'registrationType',
      ].sort(),
    )
    expect(errors.homeRegion).toBe('Kies je eigen regio.')
    for (const message of Object.values(errors)) expect(message).not.toMatch(/invalid|expected|too small|received/i)
  })
})

describe('decisionProblem', () => {
  it('requires a reason of some substance when rejecting', () => {
    expect(decisionProblem({ decision: 'reject', reason: 'nee', decidedBy: 'u1' })).toMatch(/reden/)
    expect(decisionProblem({ decision: 'reject', reason: 'Geen registratie gevonden', decidedBy: 'u1' })).toBeNull()
    expect(decisionProblem({ decision: 'approve', decidedBy: '' })).toMatch(/Onbekend/)
  })
})

describe('changedFields (audit)', () => {
  it('names changed fields only, never housekeeping fields', () => {
    expect(
      changedFields({ a: 1, b: [1], updatedAt: 'x' }, { a: 1, b: [2], c: 'new', updatedAt: 'y', hash: 'z' }),
    ).toEqual(['b', 'c'])
  })
})

describe('mail templates', () => {
  it('escape names in HTML but keep them readable in text', () => {
    const mail = welcomeMessage('<script>x</script>', 'http://localhost:3000/')
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('&lt;script&gt;')
    expect(mail.text).toContain('Beste <script>x</script>,')
  })
})
