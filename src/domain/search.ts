import { stemmer } from '@orama/stemmers/dutch'

/**
 * Dutch full-text search without a text index: FerretDB 1.24 has no `$text`, so each
 * article stores the Snowball stems of its words (`searchTokens`) and a query is
 * answered by "every query stem is among the document's stems". The same function
 * builds both sides, so "gehechtheid" in a query finds "gehecht" in a text.
 */

/** Words too common to narrow a search; dropping them keeps queries and tokens small. */
const STOPWORDS = new Set(
  (
    'aan al alle als amper andere bij dan dat de der deze die dit door drie een eens en er ' +
    'ge geen had heb hebben heeft hem het hier hij hoe hun ik in is je kan kon kunnen maar me meer men met mij mijn ' +
    'na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want ' +
    'waren was wat we wel werd wie wij wordt worden zal ze zelf zich zij zijn zo zonder zou'
  ).split(' '),
)

/** Lower case, accents folded ("coördinatie" → "coordinatie"), everything else a space. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export function words(text: string): string[] {
  const normalised = normaliseText(text)
  return normalised ? normalised.split(' ') : []
}

/** The stem of one normalised word; numbers and short words stay as they are. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word
  return stemmer(word)
}

function stemsOf(text: string): string[] {
  return words(text)
    .filter((word) => (word.length > 1 || /\d/.test(word)) && !STOPWORDS.has(word))
    .map(stem)
}

/**
 * The searchable stems of a document's texts, unique and sorted. Compound words
 * that are written with a hyphen ("ouder-kindrelatie") count as their parts too.
 */
export function searchTokens(...texts: Array<string | null | undefined>): string[] {
  const tokens = new Set<string>()
  for (const text of texts) {
    if (!text) continue
    for (const token of stemsOf(text)) tokens.add(token)
    // "ouder-kindrelatie" also as one word, so both spellings of a compound match.
    for (const joined of text.match(/\p{L}+(?:-\p{L}+)+/gu) ?? []) {
      const whole = normaliseText(joined).replace(/ /g, '')
      if (whole.length > 1) tokens.add(stem(whole))
    }
  }
  return [...tokens].sort()
}

/** At most this many stems from a query: longer queries narrow nothing further. */
export const MAX_QUERY_TOKENS = 8

/** The stems a reader's query must all match; empty when the query has no real words. */
export function queryTokens(query: string | null | undefined): string[] {
  if (!query) return []
  return [...new Set(stemsOf(query))].slice(0, MAX_QUERY_TOKENS)
}
