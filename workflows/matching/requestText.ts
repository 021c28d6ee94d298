import { formatMoment } from '../../src/domain/dates'
/** Plain Dutch descriptions of a request, for offers, mails and the portal (no client data). */
const KIND: Record<string, string> = { case: 'Eén casus', structural: 'Structurele samenwerking' }
const URGENCY: Record<string, string> = { normal: 'normaal', high: 'hoog', crisis: 'crisis' }

export const formatDateNl = (value: string | Date | null | undefined, withTime = false) =>
  formatMoment(value, 'nl', { withTime })

type Named = { name?: string | null } | string | null | undefined
const nameOf = (value: Named) => (value && typeof value === 'object' ? (value.name ?? '') : '')

export type RequestForSummary = {
  kind?: string | null
  organisation?: Named
  urgency?: string | null
  region?: Named
  expertise?: Named[] | null
  targetGroup?: Named
  hoursPerWeek?: number | null
  wantedStart?: string | null
  context?: string | null
}

/** What a therapist needs to decide, from a request populated at depth 1. */
export function requestSummary(request: RequestForSummary): string {
  const parts = [
    KIND[request.kind ?? ''] ?? 'Aanvraag',
    nameOf(request.organisation) && `van ${nameOf(request.organisation)}`,
    nameOf(request.region) && `regio ${nameOf(request.region)}`,
    (request.expertise ?? []).map(nameOf).filter(Boolean).join(', '),
    nameOf(request.targetGroup) && `doelgroep ${nameOf(request.targetGroup)}`,
    request.hoursPerWeek ? `${request.hoursPerWeek} uur per week` : '',
    request.wantedStart ? `start ${formatDateNl(request.wantedStart)}` : 'start zo snel mogelijk',
    `urgentie ${URGENCY[request.urgency ?? ''] ?? 'normaal'}`,
  ].filter(Boolean)
  const context = request.context?.trim()
  return context ? `${parts.join(' · ')}\n\nToelichting: ${context}` : parts.join(' · ')
}

/** "start 1 maart 2026, 6 uur per week" from agreed or proposed terms. */
export function termsText(start: string | null | undefined, hours: number | null | undefined): string {
  const parts = [start ? `start ${formatDateNl(start)}` : 'start in overleg', hours ? `${hours} uur per week` : '']
  return parts.filter(Boolean).join(', ')
}
