import { type ProgressClaim, type StepState, pendingClaims } from '../../src/domain/certification'
import { attendanceDateProblem } from '../../src/domain/trainingPlaces'
import type { CertificationProgress } from '../../workflows/certification/messages'

/** One active enrolment as the trainer page reads it. */
export type Trainee = {
  enrollmentId: string
  trainingId: string
  trainingTitle: string
  name: string
  enrolledAt: string | null
  progress: CertificationProgress
}
export type TrainingSessions = { id: string; title: string; sessionDates: { date?: string | null }[] }

type Item = { trainee: Trainee; step: StepState }
export type ClaimItem = Item & { claim: ProgressClaim }
export type AttendanceRow = Item & { present: boolean }
export type SessionSheet = { date: string; rows: AttendanceRow[] }
export type TrainingSheet = {
  training: TrainingSessions
  trainees: number
  sessions: SessionSheet[]
  assessments: Item[]
}

const stepsOf = (trainee: Trainee) => trainee.progress.steps

/**
 * What waits for a trainer, first what needs a decision (assignments, reported cases and hours,
 * steps over their deadline), then per training an attendance sheet per session and the
 * assessments still open. Only trainees whose run is active, by name; only sessions they may attend.
 */
export function trainerWorklist(trainings: TrainingSessions[], trainees: Trainee[]) {
  const active = trainees
    .filter((t) => t.progress.status === 'active')
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  const items = (pick: (step: StepState, trainee: Trainee) => boolean): Item[] =>
    active.flatMap((trainee) =>
      stepsOf(trainee)
        .filter((step) => pick(step, trainee))
        .map((step) => ({ trainee, step })),
    )

  const reviews = items((step) => step.kind === 'assignment' && step.status === 'submitted')
  const claims: ClaimItem[] = items((step) => pendingClaims(step).length > 0)
    .flatMap((item) => pendingClaims(item.step).map((claim) => ({ ...item, claim })))
    .sort((a, b) => a.claim.reportedAt.localeCompare(b.claim.reportedAt))
  const overdue = items(
    (step, trainee) =>
      step.status !== 'done' && !!step.deadline && Date.parse(step.deadline) < Date.parse(trainee.progress.asOf),
  )

  const sheets: TrainingSheet[] = trainings.map((training) => {
    const own = active.filter((t) => t.trainingId === training.id)
    const sessionsStep = (trainee: Trainee) => stepsOf(trainee).find((s) => s.kind === 'sessions')
    const sessions = training.sessionDates
      .flatMap((session) => (session.date ? [session.date] : []))
      .sort()
      .map((date) => ({
        date,
        rows: own.flatMap((trainee): AttendanceRow[] => {
          const step = sessionsStep(trainee)
          if (!step || attendanceDateProblem(training.sessionDates, trainee.enrolledAt, date)) return []
          return [{ trainee, step, present: (step.attended ?? []).includes(date.slice(0, 10)) }]
        }),
      }))
    const assessments = own.flatMap((trainee) =>
      stepsOf(trainee)
        .filter((s) => s.kind === 'assessment' && s.status !== 'done')
        .map((step) => ({ trainee, step })),
    )
    return { training, trainees: own.length, sessions, assessments }
  })

  return { reviews, claims, overdue, sheets }
}
