import { describe, expect, it } from '@jest/globals'
import type { StepState } from '../../src/domain/certification'
import { attendanceProblem } from '../../src/domain/certificationRules'

const step = (stepId: string, kind: StepState['kind'], status: StepState['status']): StepState => ({
  stepId,
  kind,
  title: stepId,
  target: 1,
  deadlineDays: null,
  link: null,
  instructions: null,
  status,
  count: status === 'done' ? 1 : 0,
  deadline: null,
  remindersSent: [],
  overdueNotified: false,
  extensions: 0,
  attempts: 0,
})

describe('attendanceProblem (recordAttendance validator)', () => {
  it('takes attendance back on a done step while another step is still open', () => {
    const state = {
      status: 'active',
      memberId: 'm',
      steps: [step('dagen', 'sessions', 'done'), step('toets', 'assessment', 'open')],
    }
    expect(attendanceProblem(state, 'dagen', false)).toBeNull()
  })

  it('refuses to take attendance back once every step is done (the certificate is being issued)', () => {
    const state = {
      status: 'active',
      memberId: 'm',
      steps: [step('dagen', 'sessions', 'done'), step('toets', 'assessment', 'done')],
    }
    expect(attendanceProblem(state, 'dagen', false)).toMatch(/certificaat wordt uitgegeven/)
  })

  it('still records presence then (it changes nothing on a done step)', () => {
    const state = { status: 'active', memberId: 'm', steps: [step('dagen', 'sessions', 'done')] }
    expect(attendanceProblem(state, 'dagen', true)).toBeNull()
  })
})
