/**
 * A source of an article (a study, a report, a guideline): reachable by DOI or URL,
 * with a year. Validation is pure so the admin and the tests use one rule.
 */
export type SourceInput = {
  title?: string | null
  authors?: string | null
  year?: number | null
  doi?: string | null
  url?: string | null
}

/** "10.1016/j.chiabu.2020.104437" — the DOI Handbook's prefix/suffix form. */
const DOI = /^10\.\d{4,9}\/\S+$/

/** Accepts a bare DOI or one pasted as a link ("https://doi.org/10…" or "doi:10…"). */
export function normaliseDoi(value: string | null | undefined): string | null {
  if (!value) return null
  const bare = value.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '')
  return bare || null
}

export function isDoi(value: string): boolean {
  return DOI.test(value)
}

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export const doiLink = (doi: string) => `https://doi.org/${doi}`

/** Where a reader follows a source: the DOI resolver first, else the URL. */
export function sourceLink(source: SourceInput): string | null {
  const doi = normaliseDoi(source.doi)
  if (doi && isDoi(doi)) return doiLink(doi)
  if (source.url && isWebUrl(source.url)) return source.url
  return null
}

/** Dutch messages for the editor, or true. */
export function validateDoi(value: string | null | undefined): true | string {
  const doi = normaliseDoi(value)
  if (!doi) return true
  return isDoi(doi)
    ? true
    : 'Dit is geen geldige DOI. Een DOI begint met "10." gevolgd door een schuine streep, bijv. 10.1016/j.chiabu.2020.104437.'
}

export function validateUrl(value: string | null | undefined): true | string {
  if (!value) return true
  return isWebUrl(value) ? true : 'Vul een volledig webadres in dat begint met https://.'
}

export function validateYear(value: number | null | undefined, now = new Date()): true | string {
  if (value === null || value === undefined) return 'Vul het jaar van de bron in.'
  if (!Number.isInteger(value) || value < 1900 || value > now.getFullYear() + 1)
    return `Vul een jaartal in tussen 1900 en ${now.getFullYear() + 1}.`
  return true
}

/** A source needs at least one way to find it. */
export function validateReachable(source: SourceInput): true | string {
  return normaliseDoi(source.doi) || source.url
    ? true
    : 'Geef een DOI of een webadres op, zodat lezers de bron kunnen vinden.'
}
