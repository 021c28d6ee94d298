import type { TestWorkflowEnvironment } from '@temporalio/testing'
import type { Payload } from 'payload'
import { actOnEnrollment } from '../../cms/endpoints/certification/act'
import { enrolInTraining } from '../../cms/endpoints/certification/enrol'
import { startCertification } from '../../workflows/certification/client'
import {
  type CertificationProgress,
  certificationWorkflowId,
  progressQuery,
} from '../../workflows/certification/messages'
import { eventually } from '../helpers/eventually'
import { createMember, createUser } from '../helpers/factories'
import { uniqueEmail } from '../helpers/mail'

/** Builders for the certification tests: trainings with steps, therapists, and acting as them. */
/** A moment `days` from now (negative: ago), as trainings store their session dates. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

export type Person = { id: string; roles: ('therapist' | 'trainer' | 'admin')[]; email: string; memberId?: string }

export async function therapist(payload: Payload, regionId: string): Promise<Person> {
  const email = uniqueEmail('behandelaar')
  const user = await createUser(payload, ['therapist'], { email })
  const member = await createMember(payload, String(user.id), regionId, 'active')
  return { id: String(user.id), roles: ['therapist'], email, memberId: String(member.id) }
}

export async function trainer(payload: Payload): Promise<Person> {
  const email = uniqueEmail('trainer')
  const user = await createUser(payload, ['trainer'], { email })
  return { id: String(user.id), roles: ['trainer'], email }
}

type StepSpec = {
  kind: 'sessions' | 'elearning' | 'assignment' | 'supervised-cases' | 'supervision-hours' | 'assessment'
  title: string
  target?: number
  deadlineDays?: number
}

export async function createTraining(
  payload: Payload,
  trainerIds: string[],
  steps: StepSpec[],
  extra: {
    capacity?: number
    validityYears?: number
    renewalCredits?: number
    method?: string
    certificateCode?: string
    sessionDates?: string[]
  } = {},
) {
  return payload.create({
    collection: 'trainings',
    data: {
      title: `Testopleiding ${Math.random().toString(36).slice(2, 7)}`,
      summary: 'Een opleiding voor de test',
      format: 'online',
      capacity: extra.capacity ?? 10,
      trainers: trainerIds,
      steps,
      validityYears: extra.validityYears ?? 5,
      renewalCredits: extra.renewalCredits ?? 50,
      method: extra.method,
      certificateCode: extra.certificateCode ?? 'TEST',
      ...(extra.sessionDates ? { sessionDates: extra.sessionDates.map((date) => ({ date })) } : {}),
    },
    overrideAccess: true,
  })
}

export function certificationHelpers(payload: Payload, env: TestWorkflowEnvironment) {
  const start = (id: string) => startCertification(id, env.client, process.env.TEMPORAL_TASK_QUEUE)

  async function enrol(person: Person, trainingId: string) {
    const result = await enrolInTraining(payload, person, { training: trainingId }, start)
    if (!result.ok) throw new Error(`enrol failed: ${JSON.stringify(result)}`)
    return result.enrollmentId
  }

  const enrollment = (id: string) => payload.findByID({ collection: 'enrollments', id, depth: 0, overrideAccess: true })

  const act = (person: Person, enrollmentId: string, body: Record<string, unknown>) =>
    actOnEnrollment(payload, env.client, person, enrollmentId, body)

  async function actOk(
    person: Person,
    enrollmentId: string,
    body: Record<string, unknown>,
  ): Promise<CertificationProgress> {
    const result = await act(person, enrollmentId, body)
    if (!result.ok) throw new Error(`${String(body.action)} failed: ${result.status} ${result.message}`)
    return result.progress
  }

  const progress = (enrollmentId: string) =>
    env.client.workflow.getHandle(certificationWorkflowId(enrollmentId)).query(progressQuery)

  /** The progress the workflow mirrored on the enrolment document (what the portal shows). */
  const mirrored = async (enrollmentId: string) =>
    (await enrollment(enrollmentId)).progress as CertificationProgress | null | undefined

  /**
   * Waits for the run to reach a status (a new run after continue-as-new too), read from the
   * mirror. "certified" means the run that holds the certificate (cycle 1 on), not the moment
   * before the first run continues as new: a query that reaches the Java test server while that
   * workflow task runs makes it schedule a task on the closed run, which fails and leaves its
   * time-skipping clock locked for good (every later `env.sleep` hangs).
   */
  const statusReached = (enrollmentId: string, status: CertificationProgress['status'], timeoutMs = 20_000) =>
    eventually(
      async () => {
        const current = await mirrored(enrollmentId)
        const certifiedRun = status !== 'certified' || (current?.cycle ?? 0) >= 1
        return current?.status === status && certifiedRun ? current : null
      },
      timeoutMs,
      `${enrollmentId} → ${status}`,
    )

  const stepIdOf = (p: CertificationProgress, kind: StepSpec['kind']) =>
    p.steps.find((step) => step.kind === kind)!.stepId

  return { enrol, act, actOk, progress, mirrored, statusReached, stepIdOf, enrollment }
}

/** An activity on a certificate's ledger as a trainer approved it (for tests that need credits, not the review). */
export async function approvedCredits(payload: Payload, certificateId: string, credits: number, title = 'Congres') {
  const certificate = await payload.findByID({
    collection: 'certificates',
    id: certificateId,
    depth: 0,
    overrideAccess: true,
  })
  return payload.create({
    collection: 'credit-activities',
    data: {
      certificate: certificateId,
      member: String(certificate.member),
      training: String(certificate.training),
      title,
      // Within the cycle also when a time-skipping clock runs ahead of this process's.
      date: new Date(Math.max(Date.now(), Date.parse(certificate.issuedAt) + 60_000)).toISOString(),
      credits,
      description: 'Twee dagen congres over traumabehandeling.',
      proofUrl: 'https://example.test/bewijs.pdf',
      status: 'approved',
    },
    overrideAccess: true,
  })
}
