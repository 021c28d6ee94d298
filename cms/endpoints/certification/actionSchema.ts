import { z } from 'zod'
import { withoutClientData } from '../../../src/domain/clientText'
import { formNumber } from '../../../src/domain/parseInput'

/** What the portal may ask of an enrolment (POST /api/enrollments/:id/actions), parsed at the edge. */
const stepId = z.string('Kies een stap.').trim().min(1, 'Kies een stap.').max(64, 'Kies een stap.')
const isoDate = z
  .string('Kies een geldige datum.')
  .max(40, 'Kies een geldige datum.')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'Kies een geldige datum.')
/** Free text of a therapist or trainer: about the work, never about a client. */
const freeText = (label: string, max: number) =>
  z
    .string(`${label} moet tekst zijn.`)
    .trim()
    .max(max, `${label} is te lang (maximaal ${max.toLocaleString('nl-NL')} tekens).`)
    .superRefine(withoutClientData(label))

export const therapistActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('completeStep'), stepId }),
  z.object({
    action: z.literal('submitAssignment'),
    stepId,
    text: freeText('De tekst van je opdracht', 20_000).pipe(
      z.string().min(20, 'Schrijf minstens 20 tekens bij je opdracht.'),
    ),
    fileUrl: z.url('Geef een geldige link naar je bestand.').max(500).nullish(),
  }),
  z.object({
    action: z.literal('reportProgress'),
    stepId,
    amount: formNumber(
      z.number('Geef een aantal.').positive('Geef een aantal groter dan 0.').max(100, 'Geef maximaal 100 tegelijk op.'),
    ),
    key: z
      .string('Geef een sleutel mee.')
      .trim()
      .min(8, 'Geef een sleutel van minstens 8 tekens mee.')
      .max(80, 'De sleutel is te lang.'),
  }),
  z.object({
    action: z.literal('submitRenewal'),
    // Ignored: the edge sends the approved total of the certificate's ledger (src/store/renewalLedger.ts).
    credits: formNumber(z.number('Geef het aantal punten.').min(0).max(1000)).optional(),
    note: freeText('De toelichting', 2000).nullish(),
  }),
])

export const trainerActionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('recordAttendance'),
    stepId,
    sessionDate: isoDate,
    present: z.boolean('Geef aan of de deelnemer aanwezig was.'),
  }),
  z.object({
    action: z.literal('reviewAssignment'),
    stepId,
    decision: z.enum(['approve', 'return'], 'Kies goedkeuren of teruggeven.'),
    feedback: freeText('Je feedback', 5000).nullish(),
  }),
  z.object({
    action: z.literal('recordAssessment'),
    stepId,
    passed: z.boolean('Geef aan of de beoordeling is gehaald.'),
    feedback: freeText('Je feedback', 5000).nullish(),
  }),
  z.object({
    action: z.literal('grantExtension'),
    stepId,
    until: isoDate,
    reason: freeText('De reden voor het uitstel', 500).pipe(
      z.string().min(3, 'Geef een korte reden voor het uitstel.'),
    ),
  }),
  z.object({
    action: z.literal('confirmProgress'),
    stepId,
    key: z.string('Kies een melding.').trim().min(8, 'Kies een melding.').max(80, 'Kies een melding.'),
    decision: z.enum(['confirm', 'reject'], 'Kies bevestigen of afwijzen.'),
    note: freeText('Je toelichting', 1000).nullish(),
  }),
  z.object({
    action: z.literal('endEnrollment'),
    reason: freeText('De reden van beëindigen', 500).pipe(z.string().min(3, 'Geef een reden voor het beëindigen.')),
  }),
])

export const actionSchema = z.discriminatedUnion(
  'action',
  [...therapistActionSchema.options, ...trainerActionSchema.options],
  { error: 'Kies een geldige actie.' },
)
export type TherapistAction = z.infer<typeof therapistActionSchema>
export type TrainerAction = z.infer<typeof trainerActionSchema>
export type EnrollmentAction = TherapistAction | TrainerAction

export const TRAINER_ACTIONS = new Set([
  'recordAttendance',
  'reviewAssignment',
  'recordAssessment',
  'grantExtension',
  'confirmProgress',
  'endEnrollment',
])
