import { describe, expect, it } from '@jest/globals'
import { type PlanStep, type StepState, initialStepStates } from '../../src/domain/certification'
import { type Trainee, trainerWorklist } from '../../frontend/lib/trainerWorklist'
import type { CertificationProgress } from '../../workflows/certification/messages'

/** The trainer page's worklist: what waits for a decision, and an attendance sheet per session. */
const plan: PlanStep[] = [
  { stepId: 's', kind: 'sessions', title: 'Bijeenkomsten', target: 2, deadlineDays: null },
  { stepId: 'a', kind: 'assignment', title: 'Casusverslag', target: 1, deadlineDays: 10 },
  { stepId: 'c', kind: 'supervised-cases', title: 'Drie cliënten', target: 3, deadlineDays: null },
  { stepId: 't', kind: 'assessment', title: 'Toetsing', target: 1, deadlineDays: null },
]
const sessionDates = [{ date: '2026-12-20T09:00:00.000Z' }, { date: '2026-12-10T09:00:00.000Z' }]
const training = { id: 'tr-1', title: 'EMDR', sessionDates }

function trainee(name: string, enrolledAt: string, change: (steps: StepState[]) => void = () => {}): Trainee {
  const steps = initialStepStates(plan, new Date('2026-12-01T00:00:00Z'))
  change(steps)
  const progress = {
    status: 'active',
    steps: steps.map((s) => ({ ...s, nextAction: null })),
    asOf: '2026-12-15T00:00:00.000Z',
  } as unknown as CertificationProgress
  return { enrollmentId: name, trainingId: 'tr-1', trainingTitle: 'EMDR', name, enrolledAt, progress }
}
const stepOf = (steps: StepState[], id: string) => steps.find((s) => s.stepId === id)!

describe('trainerWorklist', () => {
  it('lists submitted assignments, pending reports (oldest first) and steps past their deadline, by name', () => {
    const anna = trainee('Anna', '2026-12-01', (steps) => {
      stepOf(steps, 'a').status = 'submitted'
      stepOf(steps, 'c').claims = [
        { key: 'k-later', amount: 1, reportedAt: '2026-12-14T10:00:00Z', status: 'pending' },
        { key: 'k-done', amount: 2, reportedAt: '2026-12-02T10:00:00Z', status: 'confirmed' },
        { key: 'k-first', amount: 2, reportedAt: '2026-12-12T10:00:00Z', status: 'pending' },
      ]
    })
    const bram = trainee('Bram', '2026-12-01')
    const work = trainerWorklist([training], [bram, anna])
    expect(work.reviews.map((r) => r.trainee.name)).toEqual(['Anna'])
    expect(work.claims.map((c) => c.claim.key)).toEqual(['k-first', 'k-later'])
    // The assignment deadline (10 days from 1 December) has passed on 15 December for both.
    expect(work.overdue.map((o) => `${o.trainee.name}:${o.step.stepId}`)).toEqual(['Anna:a', 'Bram:a'])
  })

  it('gives each session, in date order, a row per trainee who may attend it, with what was recorded', () => {
    const early = trainee('Anna', '2026-12-01', (steps) => {
      stepOf(steps, 's').attended = ['2026-12-10']
      stepOf(steps, 's').count = 1
    })
    const late = trainee('Bram', '2026-12-15')
    const [sheet] = trainerWorklist([training], [early, late]).sheets
    expect(sheet!.trainees).toBe(2)
    expect(sheet!.sessions.map((s) => s.date.slice(0, 10))).toEqual(['2026-12-10', '2026-12-20'])
    expect(sheet!.sessions[0]!.rows.map((r) => [r.trainee.name, r.present])).toEqual([['Anna', true]])
    expect(sheet!.sessions[1]!.rows.map((r) => [r.trainee.name, r.present])).toEqual([
      ['Anna', false],
      ['Bram', false],
    ])
    expect(sheet!.assessments.map((a) => a.trainee.name)).toEqual(['Anna', 'Bram'])
  })

  it('leaves out runs that are not active and trainings that are not theirs', () => {
    const waiting = trainee('Cas', '2026-12-01', (steps) => {
      stepOf(steps, 'a').status = 'submitted'
    })
    waiting.progress.status = 'waiting'
    const elsewhere = { ...trainee('Dirk', '2026-12-01'), trainingId: 'tr-2' }
    const work = trainerWorklist([training], [waiting, elsewhere])
    expect(work.reviews).toEqual([])
    expect(work.sheets[0]!.trainees).toBe(0)
    expect(work.sheets[0]!.sessions.every((s) => s.rows.length === 0)).toBe(true)
  })
})
