/**
 * Scan free text for client-identifying data (AVG: the platform matches expertise,
 * never clients). Pure logic: the one guard behind every free-text field, used by the
 * collection hooks (admin, REST, Local API), the endpoints' zod schemas and tests.
 *
 * What counts (each finding names its kind, so the message can say why):
 * - BSN: 9 digits in any grouping that pass the 11-check, or any 8–9 digit number
 *   labelled "BSN"/"burgerservicenummer"/"sofinummer".
 * - Phone: every Dutch number of 10 digits (06, landline, +31/0031, "(0)", brackets,
 *   dots, dashes, spaces). Organisation numbers: only ranges that are never issued to
 *   private persons pass — 0800/090x information numbers, 088 company numbers, the
 *   14 0xx municipal numbers and 112. Any other number is refused even when the text
 *   says it is the organisation's: the guard cannot check whose it is, and the
 *   organisation's contact details are already known from the coordinator's account.
 * - E-mail: plain, with spaces around "@", and spelled out ("at", "[at]", "(at)",
 *   "apenstaartje", "punt", "dot").
 * - Date of birth: a full date (day, month and year, numeric in any order with 2- or
 *   4-digit years, or with a month name) after a birth word ("geb.", "geboren",
 *   "geboortedatum"), a day and month after a birth word, or any full date more than
 *   a year back (a wanted start never is). Ages ("6 jaar"), years ("sinds 2019") and
 *   month + year ("sinds maart 2024") pass.
 * - Address: a 6-position postcode ("1012 AB", "1012AB", "1012ab 5"), or a street
 *   with a house number ("Kerkstraat 12"). A 4-digit area ("regio 2011") passes.
 */
export type PiiKind = 'bsn' | 'phone' | 'email' | 'date-of-birth' | 'address'

export type PiiFinding = { kind: PiiKind; match: string }

export const PII_LABELS: Record<PiiKind, string> = {
  bsn: 'een burgerservicenummer (BSN)',
  phone: 'een telefoonnummer',
  email: 'een e-mailadres',
  'date-of-birth': 'een geboortedatum',
  address: 'een adres of postcode',
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

// --- e-mail ---------------------------------------------------------------------
const LOCAL = String.raw`[\p{L}\p{N}._%+\-]+`
const AT_WORD = String.raw`(?:at|apenstaartje|apestaartje)`
const DOT_WORD = String.raw`(?:dot|punt)`
const AT = String.raw`(?:\s*@\s*|\s*[(\[{]\s*(?:${AT_WORD}|@)\s*[)\]}]\s*|\s+${AT_WORD}\s+)`
const DOT = String.raw`(?:\s*\.\s*|\s*[(\[{]\s*${DOT_WORD}\s*[)\]}]\s*|\s+${DOT_WORD}\s+)`
const TLD = String.raw`(?:nl|com|net|org|be|eu|info|de|fr|uk|co|io|me|live|online|email|mail)`
const PROVIDER = String.raw`(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|ziggo|kpnmail|planet|home|xs4all|telfort|quicknet|casema|upcmail|msn)`
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])${LOCAL}(?:\s*@\s*[\p{L}\p{N}\-]+(?:\s*\.\s*[\p{L}\p{N}\-]+)*\s*\.\s*\p{L}{2,}|${AT}[\p{L}\p{N}\-]+(?:${DOT}[\p{L}\p{N}\-]+)*${DOT}${TLD}\b|${AT}${PROVIDER}\b)`,
  'giu',
)

// --- dates ----------------------------------------------------------------------
const MONTH_NAMES: [RegExp, number][] = [
  [/^jan/, 1],
  [/^feb/, 2],
  [/^(mrt|maa|mar)/, 3],
  [/^apr/, 4],
  [/^(mei|may)/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^aug/, 8],
  [/^sep/, 9],
  [/^(okt|oct)/, 10],
  [/^nov/, 11],
  [/^dec/, 12],
]
const MONTHS = String.raw`(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mrt|maart|mar(?:ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
const SEP = String.raw`\s?[\-/.]\s?`
const YEAR = String.raw`(?:'?\d{2}|\d{4})`
const NO_DIGIT_BEFORE = String.raw`(?<![\d.\-/])`
const NO_DIGIT_AFTER = String.raw`(?![.\-/]?\d)`
const DMY = new RegExp(String.raw`${NO_DIGIT_BEFORE}(\d{1,2})${SEP}(\d{1,2})${SEP}(${YEAR})${NO_DIGIT_AFTER}`, 'g')
const YMD = new RegExp(String.raw`${NO_DIGIT_BEFORE}(\d{4})${SEP}(\d{1,2})${SEP}(\d{1,2})${NO_DIGIT_AFTER}`, 'g')
const D_MONTH_Y = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:e|ste|de)?[\s\-/.]*(${MONTHS})\.?,?[\s\-/.]*(${YEAR})(?![\p{L}\p{N}])`,
  'giu',
)
const BIRTH_WORD = String.raw`(?:geb(?:oren|oortedatum|oortedag|\.|\s)|geboorte\w*|d\.?o\.?b\.?|born|date of birth)`
// After a birth word even a partial date is one: "geb. 12-03", "geboren in maart 2015".
const BIRTH_PARTIAL = new RegExp(
  String.raw`${BIRTH_WORD}[\s:,]*(?:op|in|per|d\.d\.)?[\s:,]*(?:\d{1,2}${SEP}\d{1,2}(?![\d])|\d{1,2}(?:e|ste|de)?\s+${MONTHS}(?![\p{L}])|${MONTHS}\.?\s+\d{4})`,
  'giu',
)
const BIRTH_WORD_BEFORE = new RegExp(`${BIRTH_WORD}[^.;\\n]{0,20}$`, 'i')

const monthNumber = (name: string) => MONTH_NAMES.find(([pattern]) => pattern.test(name.toLowerCase()))?.[1] ?? 0

function fullYear(raw: string, now: Date): number {
  const digits = raw.replace("'", '')
  if (digits.length === 4) return Number(digits)
  const twoDigits = Number(digits)
  const century = Math.floor(now.getFullYear() / 100) * 100
  return century + twoDigits > now.getFullYear() + 5 ? century - 100 + twoDigits : century + twoDigits
}

type FoundDate = { match: string; index: number; year: number }

function fullDates(text: string, now: Date): FoundDate[] {
  const found: FoundDate[] = []
  const add = (match: RegExpMatchArray, day: number, month: number, year: number) => {
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
      found.push({ match: match[0], index: match.index ?? 0, year })
  }
  for (const m of text.matchAll(DMY)) add(m, Number(m[1]), Number(m[2]), fullYear(m[3]!, now))
  for (const m of text.matchAll(YMD)) add(m, Number(m[3]), Number(m[2]), Number(m[1]))
  for (const m of text.matchAll(D_MONTH_Y)) add(m, Number(m[1]), monthNumber(m[2]!), fullYear(m[3]!, now))
  return found
}

// --- phone numbers --------------------------------------------------------------
const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:(?:\+|00)\s?31[\s.\-]?(?:\(\s?0\s?\)[\s.\-]?)?|\(\s?0|0)[\s.\-]?[1-9](?:[\s.\-/)]{0,3}\d){8}(?![\s.\-]?\d)`,
  'gu',
)
/** 088 numbers are issued to companies only. (0800/090x and 14 0xx are shorter and never match.) */
const COMPANY_ONLY = /^088/
const nationalDigits = (match: string) => {
  const digits = match.replace(/\(\s?0\s?\)/, '').replace(/\D/g, '')
  return digits.startsWith('0031') ? `0${digits.slice(4)}` : digits.startsWith('31') ? `0${digits.slice(2)}` : digits
}

// --- BSN ------------------------------------------------------------------------
const NINE_DIGITS = /(?<![\d.\-])\d(?:[\s.\-]?\d){8}(?![\s.\-]?\d)/g
const LABELLED_BSN =
  /\b(?:bsn|burgerservice\s?nummer|sofi-?nummer)\b[\s:.#\-]*(?:nr\.?|nummer)?[\s:.#\-]*\d(?:[\s.\-]?\d){7,8}(?![\d])/gi

// --- addresses ------------------------------------------------------------------
// Postcodes never use SA, SD or SS. Lowercase with a space ("2019 en 5") is ordinary text.
const POSTCODE =
  /(?<![\p{L}\p{N}])[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2}(?=\s*[,-]?\s*\d)|\s(?!sa|sd|ss)[a-z]{2}(?=\s*,?\s*(?:huisnummer|nr\.?)\s*\d))(?![\p{L}\p{N}])/gu
const STREET_WITH_NUMBER =
  /(?<![\p{L}])\p{L}{2,}(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|dijk|hof|park|markt|burgwal)\s+\d{1,4}(?:\s?[a-z])?(?![\p{L}\p{N}])(?!\s*(?:jaar|uur|keer|maand|maanden|week|weken|dag|dagen|kinderen|sessies|minuten|%))/giu

const blank = (text: string, pattern: RegExp) => text.replace(pattern, (match) => ' '.repeat(match.length))

export function scanForPii(text: string, now = new Date()): PiiFinding[] {
  if (!text) return []
  const findings: PiiFinding[] = []
  const add = (kind: PiiKind, match: string) => findings.push({ kind, match })

  for (const [match] of text.matchAll(EMAIL)) add('email', match)
  let rest = blank(text, EMAIL)

  // Dates first, so their digits never read as a phone number or BSN.
  for (const [match] of rest.matchAll(BIRTH_PARTIAL)) add('date-of-birth', match)
  for (const date of fullDates(rest, now)) {
    const birthWordBefore = BIRTH_WORD_BEFORE.test(rest.slice(Math.max(0, date.index - 40), date.index))
    const longAgo = date.year < now.getFullYear() - 1 && date.year > 1900
    if (birthWordBefore || longAgo) add('date-of-birth', date.match)
  }
  rest = [DMY, YMD, D_MONTH_Y].reduce(blank, rest)

  for (const [match] of rest.matchAll(LABELLED_BSN)) add('bsn', match)
  for (const [match] of rest.matchAll(PHONE)) if (!COMPANY_ONLY.test(nationalDigits(match))) add('phone', match)
  rest = blank(blank(rest, LABELLED_BSN), PHONE)
  for (const [match] of rest.matchAll(NINE_DIGITS)) if (isValidBsn(match)) add('bsn', match)

  for (const [match] of rest.matchAll(POSTCODE)) add('address', match)
  for (const [match] of rest.matchAll(STREET_WITH_NUMBER)) add('address', match)
  return findings
}

export type PiiProblem = { field: string; kinds: PiiKind[]; message: string }

/** The Dutch refusal for one field, or null when its text is fine. A value that is not text is refused too. */
export function clientDataProblem(
  label: string,
  value: unknown,
  now = new Date(),
): { kinds: PiiKind[]; message: string } | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'string') return { kinds: [], message: `${label} moet tekst zijn.` }
  const kinds = [...new Set(scanForPii(value, now).map((finding) => finding.kind))]
  if (kinds.length === 0) return null
  const what = kinds.map((kind) => PII_LABELS[kind]).join(' en ')
  return {
    kinds,
    message: `${label} bevat ${what}. Hier mag niets staan waarmee een cliënt te herkennen is; haal het weg en beschrijf alleen wat nodig is.`,
  }
}

/** Every field with client data (or a value that is not text), with a Dutch message naming the field and why. */
export function piiProblems(fields: Record<string, { label: string; value: unknown }>, now = new Date()): PiiProblem[] {
  const problems: PiiProblem[] = []
  for (const [field, { label, value }] of Object.entries(fields)) {
    const problem = clientDataProblem(label, value, now)
    if (problem) problems.push({ field, ...problem })
  }
  return problems
}
