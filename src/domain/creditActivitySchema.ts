import { z } from 'zod'
import { withoutClientData } from './clientText'
import { DOCUMENT_ID, formNumber } from './parseInput'

/** Free text about the activity, never about a client. */
const text = (label: string, min: number, max: number, tooShort: string) =>
  z
    .string(`${label} moet tekst zijn.`)
    .trim()
    .min(min, tooShort)
    .max(max, `${label} is te lang (maximaal ${max} tekens).`)
    .superRefine(withoutClientData(label))

/**
 * A continuing-education activity the holder adds to a certificate's ledger (POST
 * /api/credit-activities/add), parsed at the edge; the same limits as the collection's fields.
 */
export const creditActivitySchema = z.object({
  certificate: z.string('Kies een certificaat.').regex(DOCUMENT_ID, 'Kies een certificaat.'),
  title: text('De titel', 3, 200, 'Geef de activiteit een titel van minstens 3 tekens.'),
  date: z
    .string('Kies de datum van de activiteit.')
    .max(40, 'Kies de datum van de activiteit.')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'Kies de datum van de activiteit.')
    .refine((value) => Date.parse(value) <= Date.now() + 86_400_000, 'De activiteit ligt in de toekomst.'),
  credits: formNumber(
    z
      .number('Geef het aantal punten (1 uur = 1 punt).')
      .min(0.5, 'Geef minstens een half punt.')
      .max(40, 'Hoogstens 40 punten per activiteit; splits een langere opleiding.')
      .refine((n) => Number.isInteger(n * 2), 'Geef punten in hele of halve punten.'),
  ),
  description: text('De omschrijving', 10, 1000, 'Beschrijf in minstens 10 tekens wat je deed en wat je ervan meenam.'),
  proofUrl: z
    .string('Geef een link naar het bewijs.')
    .trim()
    .max(500, 'De link is te lang (maximaal 500 tekens).')
    .regex(/^https:\/\/[^\s]+\.[^\s]+$/i, 'Geef een link die met https:// begint.'),
})
export type CreditActivityInput = z.output<typeof creditActivitySchema>
