/**
 * Places on a training: the decision, in one place.
 *
 * A training is a fixed cohort. Its places are the seats of one group that follows the sessions
 * together, so a place is taken from the moment an enrolment gets it until the training ends,
 * whether the therapist is still busy or already certified: certifying does not free a place.
 * Only an enrolment that ends (stopped, or ended by the trainer or the deadline rule) gives its
 * place back, and only while the training has not ended: then the longest waiting therapist
 * gets it. Once the training has ended nobody gets a place any more; a new group is a new
 * training (or a trainer adds places).
 *
 * The training ends with its last session. A training without session dates (self-paced) has
 * no end: its places stay with who got them.
 */
/** The moment the training ends (its last session), or null when it has no sessions and never ends. */
export function trainingEndsAt(sessionDates: readonly { date?: string | null }[] | null | undefined): Date | null {
  const times = (sessionDates ?? [])
    .map((session) => Date.parse(session.date ?? ''))
    .filter((time) => Number.isFinite(time))
  return times.length ? new Date(Math.max(...times)) : null
}

/** Whether the training still gives places (to new enrolments and to the waiting list). */
export function trainingGivesPlaces(
  training: { sessionDates?: readonly { date?: string | null }[] | null },
  now: Date,
): boolean {
  const end = trainingEndsAt(training.sessionDates)
  return end === null || now.getTime() < end.getTime()
}

/**
 * What a therapist can do on a training's page: enrol, enrol on the waiting list (every place
 * taken), or nothing (the training has ended; the enrol endpoint refuses it too).
 */
export type Enrolment = 'open' | 'waiting-list' | 'closed'

export function enrolmentFor(
  training: { capacity: number; sessionDates?: readonly { date?: string | null }[] | null },
  placesTaken: number,
  now: Date,
): Enrolment {
  if (!trainingGivesPlaces(training, now)) return 'closed'
  return placesTaken >= training.capacity ? 'waiting-list' : 'open'
}

/** Dutch: enrolling in a training that has ended. */
export const TRAINING_ENDED = 'Deze opleiding is afgelopen; inschrijven kan niet meer. Kijk bij de andere opleidingen.'

/** Dutch: why a waiting enrolment ends when the training ends without a free place. */
export const TRAINING_ENDED_WHILE_WAITING = 'De opleiding is afgelopen zonder dat er een plaats vrijkwam.'

/**
 * Why attendance at `sessionDate` cannot be recorded for an enrolment made at `enrolledAt`:
 * the date is none of the training's sessions, or that session was before the therapist
 * enrolled (they cannot have attended it as a trainee). Sessions compare by their day.
 */
export function attendanceDateProblem(
  sessionDates: readonly { date?: string | null }[] | null | undefined,
  enrolledAt: string | null | undefined,
  sessionDate: string,
): string | null {
  const day = (value: string) => value.slice(0, 10)
  const session = (sessionDates ?? []).find((candidate) => candidate.date && day(candidate.date) === day(sessionDate))
  if (!session?.date) return 'Deze datum is geen bijeenkomst van deze opleiding.'
  if (enrolledAt && day(session.date) < day(enrolledAt))
    return 'Deze bijeenkomst was vóór de inschrijving van deze behandelaar; aanwezigheid kan daar niet worden vastgelegd.'
  return null
}
