import { piiProblems, type PiiProblem } from '../domain/pii'

/** The free-text fields of a request that are checked for client-identifying data. */
export const REQUEST_TEXT_FIELDS = { title: 'De korte titel', context: 'De toelichting' } as const

export function requestPiiProblems(data: { title?: string | null; context?: string | null }, now = new Date()): PiiProblem[] {
  return piiProblems(
    {
      title: { label: REQUEST_TEXT_FIELDS.title, value: data.title },
      context: { label: REQUEST_TEXT_FIELDS.context, value: data.context },
    },
    now,
  )
}
