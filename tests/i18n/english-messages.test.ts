import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'
import { ENGLISH_MESSAGES, TERMS } from '../../frontend/i18n/englishMessages'
import { errorsInLanguage, messageInLanguage, toEnglish } from '../../frontend/i18n/messageInLanguage'
import { parseInput } from '../../src/domain/parseInput'
import { PII_LABELS, clientDataProblem } from '../../src/domain/pii'
import { signUpSchema } from '../../src/domain/signUpSchema'
import { profileSchema } from '../../src/domain/profileSchema'
import { actionSchema } from '../../cms/endpoints/certification/actionSchema'

/**
 * The edges answer in Dutch; an English page shows their messages in English. This finds every
 * Dutch sentence in the sources those messages come from, and every label a message is built
 * with, and fails for each the catalogue (frontend/i18n/englishMessages.ts) does not know.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : walk(full)
    return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : []
  })
/**
 * Sources of messages a user reads: every endpoint and every edge that parses with zod, the
 * domain rules, and the workflows (their refusals, the request timeline). Not the mails (Dutch by
 * design) and not workflows/references.ts (developer errors).
 */
const SOURCES = [
  ...walk(path.join(root, 'src')).filter(
    (file) => file.includes(`${path.sep}domain${path.sep}`) || /from 'zod'/.test(readFileSync(file, 'utf8')),
  ),
  ...walk(path.join(root, 'cms')).filter(
    (file) => file.includes(`${path.sep}endpoints${path.sep}`) || /from 'zod'/.test(readFileSync(file, 'utf8')),
  ),
  ...walk(path.join(root, 'workflows')).filter((file) => !file.endsWith('references.ts')),
].filter((file) => !file.endsWith(path.join('src', 'config.ts')))
/** Helpers whose first argument is the Dutch label a message is built around. */
const LABELLED = new Set(['freeText', 'reason', 'withoutClientData', 'clientDataProblem'])

/** Dutch text that is content, not a message: it is part of a document (a credential's criteria). */
const CONTENT = new Set(['Voldaan aan: {0}.'])

function scan() {
  const sentences = new Map<string, string>()
  const labels = new Map<string, string>()
  for (const file of SOURCES) {
    const where = path.relative(root, file)
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      let text: string | null = null
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text
      else if (ts.isTemplateExpression(node)) {
        let n = 0
        text = node.head.text + node.templateSpans.map((span) => `{${n++}}${span.literal.text}`).join('')
      }
      // A message is a sentence: words with spaces, ending in a full stop or a question mark.
      if (text !== null && text.includes(' ') && /[.?!]$/.test(text) && !CONTENT.has(text)) sentences.set(text, where)
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && LABELLED.has(node.expression.text)) {
        const [first] = node.arguments
        if (first && ts.isStringLiteral(first)) labels.set(first.text, where)
      }
      if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { sentences, labels }
}

describe('English for the messages of the edges', () => {
  const { sentences, labels } = scan()

  it('knows every Dutch sentence of those sources', () => {
    expect(sentences.size).toBeGreaterThan(250)
    const missing = [...sentences].filter(([dutch]) => !ENGLISH_MESSAGES[dutch]).map(([d, where]) => `${where}: ${d}`)
    expect(missing).toEqual([])
  })

  it('knows every label messages are built with, and what the client-data guard names', () => {
    expect(labels.size).toBeGreaterThan(10)
    const missing = [...labels.keys(), ...Object.values(PII_LABELS)].filter((label) => !TERMS[label])
    expect(missing).toEqual([])
  })

  it('keeps the parts of each message: as many placeholders in English as in Dutch', () => {
    const count = (text: string) => (text.match(/\{\d\}/g) ?? []).sort().join()
    const mismatched = Object.entries(ENGLISH_MESSAGES).filter(([nl, en]) => count(nl) !== count(en))
    expect(mismatched).toEqual([])
  })

  it('translates what a refused sign-up really says, field by field, and keeps Dutch for Dutch', () => {
    const refused = parseInput(signUpSchema, { email: 'geen-adres', registrationType: 'BIG', registrationNumber: '12' })
    if (refused.ok) throw new Error('an empty sign-up must be refused')
    const english = errorsInLanguage(refused.errors, 'en')
    expect(Object.keys(english)).toEqual(Object.keys(refused.errors))
    for (const [field, message] of Object.entries(refused.errors))
      expect([field, toEnglish(message)]).not.toEqual([field, null])
    expect(english.email).toBe('Enter a valid e-mail address.')
    expect(english.consent).toBe('Give your consent to storing your details to continue.')
    expect(errorsInLanguage(refused.errors, 'nl')).toEqual(refused.errors)
  })

  it('translates messages built from parts: labels, what was found, Dutch numbers, field names', () => {
    const pii = clientDataProblem('Je feedback', 'Bel haar op 0612345678 of mail moeder@example.nl')!
    expect(messageInLanguage(pii.message, 'en')).toBe(
      'Your feedback contains an e-mail address and a phone number. Nothing here may identify a client; remove it and describe only what is needed.',
    )
    const tooLong = parseInput(actionSchema, {
      action: 'reviewAssignment',
      stepId: 'stap-1',
      decision: 'return',
      feedback: 'x'.repeat(5001),
    })
    if (tooLong.ok) throw new Error('feedback of 5001 characters must be refused')
    expect(messageInLanguage(tooLong.errors.feedback!, 'en')).toBe(
      'Your feedback is too long (at most 5,000 characters).',
    )
    const wrongType = parseInput(profileSchema, { capacityCases: 'veel' })
    if (wrongType.ok) throw new Error('a profile without its fields must be refused')
    for (const message of Object.values(wrongType.errors)) expect(toEnglish(message)).not.toBeNull()
  })

  it('leaves a message it does not know as it is', () => {
    expect(messageInLanguage('Een zin die nergens in de catalogus staat.', 'en')).toBe(
      'Een zin die nergens in de catalogus staat.',
    )
  })
})
