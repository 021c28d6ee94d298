import { z } from 'zod'

/** What the portal may ask of an enrolment (POST /api/enrollments/:id/actions), parsed at the edge. */
const stepId = z.string().trim().min(1, 'Kies een stap.').max(64)
const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'Kies een geldige datum.')

export const therapistActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('completeStep'), stepId }),
  z.object({
    action: z.literal('submitAssignment'),
    stepId,
    text: z.string().trim().min(20, 'Schrijf minstens 20 tekens bij je opdracht.').max(20_000, 'De tekst is te lang (maximaal 20.000 tekens).'),
    fileUrl: z.url('Geef een geldige link naar je bestand.').max(500).nullish(),
  }),
  z.object({
    action: z.literal('reportProgress'),
    stepId,
    amount: z.coerce.number('Geef een aantal.').positive('Geef een aantal groter dan 0.').max(100, 'Geef maximaal 100 tegelijk op.'),
    key: z.string().trim().min(8).max(80),
  }),
  z.object({
    action: z.literal('submitRenewal'),
    credits: z.coerce.number('Geef het aantal punten.').int('Geef hele punten.').min(0).max(1000),
    note: z.string().trim().max(2000).nullish(),
  }),
])

export const trainerActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('recordAttendance'), stepId, sessionDate: isoDate, present: z.boolean() }),
  z.object({ action: z.literal('reviewAssignment'), stepId, decision: z.enum(['approve', 'return'], 'Kies goedkeuren of teruggeven.'), feedback: z.string().trim().max(5000).nullish() }),
  z.object({ action: z.literal('recordAssessment'), stepId, passed: z.boolean(), feedback: z.string().trim().max(5000).nullish() }),
  z.object({ action: z.literal('grantExtension'), stepId, until: isoDate, reason: z.string().trim().min(3, 'Geef een korte reden voor het uitstel.').max(500) }),
  z.object({ action: z.literal('endEnrollment'), reason: z.string().trim().min(3, 'Geef een reden voor het beëindigen.').max(500) }),
])

export const actionSchema = z.union([therapistActionSchema, trainerActionSchema])
export type TherapistAction = z.infer<typeof therapistActionSchema>
export type TrainerAction = z.infer<typeof trainerActionSchema>
export type EnrollmentAction = TherapistAction | TrainerAction

export const TRAINER_ACTIONS = new Set(['recordAttendance', 'reviewAssignment', 'recordAssessment', 'grantExtension', 'endEnrollment'])
