/**
 * Scan free text for client-identifying data (AVG: a request matches expertise,
 * never clients). Pure logic, shared by the Requests collection hook, the portal
 * edge and tests. Each finding names the kind, so the message can say why.
 */
export type PiiKind = 'bsn' | 'phone' | 'email' | 'date-of-birth' | 'postcode-house-number'

export type PiiFinding = { kind: PiiKind; match: string }

export const PII_LABELS: Record<PiiKind, string> = {
  bsn: 'een burgerservicenummer (BSN)',
  phone: 'een telefoonnummer',
  email: 'een e-mailadres',
  'date-of-birth': 'een geboortedatum',
  'postcode-house-number': 'een postcode met huisnummer',
}

/** The BSN 11-check ("elfproef"): 9 digits, weights 9..2 and -1, sum divisible by 11. */
export function isValidBsn(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '')
  if (digits.length !== 9 || /^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i)
  sum -= Number(digits[8])
  return sum % 11 === 0
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
// Dutch numbers: 06-12345678, 020-1234567, +31 6 1234 5678, 0031 20 123 4567.
const PHONE = /(?<![\d])(?:\+31|0031|0)[\s.-]?(?:\(0\))?[\s.-]?[1-9](?:[\s.-]?\d){8}(?![\d])/g
// 9 digits, optionally grouped as 1234.56.782 or 123 456 782.
const NINE_DIGITS = /(?<![\d.])\d{3,4}[.\s-]?\d{2,3}[.\s-]?\d{2,3}(?![\d])/g
const POSTCODE = '[1-9]\\d{3}\\s?(?!SA|SD|SS|sa|sd|ss)[A-Za-z]{2}'
const POSTCODE_WITH_NUMBER = new RegExp(`(?<![\\w])(?:${POSTCODE}\\s*,?\\s*(?:nr\\.?\\s*)?\\d{1,5}[a-zA-Z]?|[A-Za-zÀ-ÿ]+\\s+\\d{1,5}[a-zA-Z]?\\s*,?\\s*${POSTCODE})(?![\\w])`, 'g')
const MONTHS = 'jan(?:uari)?|feb(?:ruari)?|mrt|maart|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const FULL_DATE = new RegExp(`\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b|\\b(\\d{1,2})\\s+(${MONTHS})\\.?\\s+(\\d{4})\\b`, 'gi')
const BIRTH_WORDS = /geb(?:oren|\.|oortedatum)|geboorte|d\.?o\.?b\.?|born/i

/**
 * A full date counts as a date of birth when a birth word stands shortly before it,
 * or when it lies more than a year in the past (a start date never does).
 */
function datesOfBirth(text: string, now: Date): string[] {
  const found: string[] = []
  for (const match of text.matchAll(FULL_DATE)) {
    const year = Number(match[3] ?? match[6])
    const before = text.slice(Math.max(0, (match.index ?? 0) - 25), match.index)
    const longAgo = year < now.getFullYear() - 1 && year > 1900
    if (BIRTH_WORDS.test(before) || longAgo) found.push(match[0])
  }
  return found
}

export function scanForPii(text: string, now = new Date()): PiiFinding[] {
  if (!text) return []
  const findings: PiiFinding[] = []
  const emails = text.match(EMAIL) ?? []
  for (const match of emails) findings.push({ kind: 'email', match })
  const withoutEmails = emails.reduce((rest, email) => rest.replace(email, ' '), text)
  for (const match of withoutEmails.match(PHONE) ?? []) findings.push({ kind: 'phone', match })
  for (const match of withoutEmails.match(NINE_DIGITS) ?? []) if (isValidBsn(match)) findings.push({ kind: 'bsn', match })
  for (const match of withoutEmails.match(POSTCODE_WITH_NUMBER) ?? []) findings.push({ kind: 'postcode-house-number', match })
  for (const match of datesOfBirth(withoutEmails, now)) findings.push({ kind: 'date-of-birth', match })
  return findings
}

export type PiiProblem = { field: string; kinds: PiiKind[]; message: string }

/** Every text field with client data, with a Dutch message naming the field and why. */
export function piiProblems(fields: Record<string, { label: string; value: string | null | undefined }>, now = new Date()): PiiProblem[] {
  const problems: PiiProblem[] = []
  for (const [field, { label, value }] of Object.entries(fields)) {
    const kinds = [...new Set(scanForPii(value ?? '', now).map((finding) => finding.kind))]
    if (kinds.length === 0) continue
    const what = kinds.map((kind) => PII_LABELS[kind]).join(' en ')
    problems.push({
      field,
      kinds,
      message: `${label} bevat ${what}. Een aanvraag mag geen gegevens bevatten waarmee een cliënt te herkennen is; haal die weg en beschrijf alleen wat de behandelaar moet weten.`,
    })
  }
  return problems
}
