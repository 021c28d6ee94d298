/**
 * A member's request to be removed (AVG art. 17), decided by staff. Approving erases the person:
 * profile and account lose everything that identifies them, their offers lose their reasons;
 * certificates stay verifiable (number, name, dates: an employer may hold the PDF) and matches
 * stay as the anonymous facts the research figures count. Work that is still running is finished
 * or ended first: a workflow must not mail an erased address.
 */
export const ERASED_MEMBER_NAME = 'Verwijderde behandelaar'
export const DECISION_NOTE_MIN = 10

export type Blockers = { openOffers: number; runningEnrolments: number; activeGroupSignUps: number }

export const OPEN_OFFER_STATUSES = ['open', 'accepted', 'countered'] as const
export const RUNNING_ENROLMENT_STATUSES = ['waiting', 'active'] as const
export const ACTIVE_SIGNUP_STATUSES = ['waiting', 'proposed', 'confirmed', 'placed'] as const

/** Why approving must wait, in Dutch for staff; null when nothing runs any more. */
export function blockerProblem({ openOffers, runningEnrolments, activeGroupSignUps }: Blockers): string | null {
  const parts = [
    openOffers > 0 ? `${openOffers} open aanbieding${openOffers === 1 ? '' : 'en'}` : null,
    runningEnrolments > 0 ? `${runningEnrolments} lopende opleiding${runningEnrolments === 1 ? '' : 'en'}` : null,
    activeGroupSignUps > 0 ? `${activeGroupSignUps} groepsaanmelding${activeGroupSignUps === 1 ? '' : 'en'}` : null,
  ].filter(Boolean)
  return parts.length === 0
    ? null
    : `Eerst afronden of beëindigen: ${parts.join(', ')}. Daarna kan de verwijdering worden uitgevoerd.`
}

export function decisionProblem(decision: 'approve' | 'reject', note: string | null | undefined): string | null {
  if (decision === 'reject' && (note ?? '').trim().length < DECISION_NOTE_MIN)
    return `Geef bij een afwijzing een reden van minstens ${DECISION_NOTE_MIN} tekens; de behandelaar krijgt die te zien.`
  return null
}
